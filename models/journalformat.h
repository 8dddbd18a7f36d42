#pragma once

#include "editstore.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVariant>
#include <QVector>

namespace rowbook {

// The recovery journal's file format (version 2): one record per line,
//     <CRC-32 of the JSON, 8 hex digits> <one JSON object>\n
// appended as edits happen. The first record is the header ("op": "header" with the format
// name, the database path and file id); then "row" records (a row's whole pending state,
// replacing any earlier one), "gone" (the row has nothing pending any more), "flight" (a save
// batch was sent, with what it writes) and "landed" (that batch is over). A record whose line
// is cut short or whose checksum does not match ends the file: a crash while appending loses
// at most the record being written, never an earlier one. One change that takes several records
// (a paste of many rows, rows and the batch that saves them) is preceded by "group" with the
// number of records that follow: a file that ends inside them is read without all of them, so
// a crash inside one write(2) never leaves part of a change. (A reader that predates "group"
// skips the record and reads the others one by one.) Compaction rewrites the file as a
// header and the live rows, atomically (a new file renamed over the old one).
//
// Version 1 was one JSON document rewritten in full for every change; it is still read.
namespace journalformat {

QString formatName();
constexpr int formatVersion = 2;

quint32 crc32(const QByteArray &data);

// One record line, ready to append.
QByteArray record(const QJsonObject &object);
// keptByUser: the user left the file with edits that could not be saved and chose to keep them
// ("reason": "kept-by-user"), so the next launch does not say that Rowbook stopped.
QJsonObject header(const QString &databasePath, const QString &fileId, bool keptByUser = false);
QJsonObject rowRecord(const EditStore::SnapshotRow &row);
QJsonObject goneRecord(const QString &table, const RowKey &key);
// The batch in flight and, per row, what it writes.
QJsonObject flightRecord(quint64 batchId, const QVector<EditStore::SnapshotRow> &rows);
QJsonObject landedRecord();
// `records` (lines made by record()) as one change: preceded by a "group" record when there are
// more than one.
QByteArray group(const QByteArrayList &records);
// A whole journal file holding `snapshot`: header, rows, flight.
QByteArray compacted(const QString &databasePath,
                     const QString &fileId,
                     const EditStore::Snapshot &snapshot,
                     bool keptByUser = false);

// What a journal file says, in version 1's shape: {"format", "version", "database", "file_id",
// "written", "in_flight_batch", "rows": [{"table", "key", "new", "deleted", "values",
// "in_flight", "flight_values"}]}.
struct Contents
{
    bool ok = false; // false: not a journal, or its header is damaged
    QJsonObject document;
    int records = 0;         // records read (version 2)
    qint64 ignoredBytes = 0; // a torn or damaged tail that was not used
};
Contents parse(const QByteArray &bytes);

// Values keep their SQLite type: {"i": "42"}, {"r": "1.5"}, {"t": "text"}, {"b": base64}, null.
QJsonObject encodeValues(const QHash<QString, QVariant> &values);
QJsonObject encodeValues(const RowValues &values);
QHash<QString, QVariant> decodeValues(const QJsonObject &object);

} // namespace journalformat
} // namespace rowbook
