#pragma once

#include "transfererror.h"
#include "typeinference.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace rowbook {

// The first rows of a file, read for the import dialog with the options chosen there. Types are
// guessed by the same rules as ImportJob (TypeInference, ImportPlan::csvShape), from these rows
// only.
struct ImportPreview
{
    QStringList sourceNames;         // as named in the file; empty without a header
    QStringList names;               // the columns of a new table
    QVector<ColumnType> types;       // guessed from these rows only
    QVector<QVector<QVariant>> rows; // QString cells; null for NULL (unquoted empty, null)
    bool more = false;               // the file has more rows than these
    char delimiter = 0;
    QString encoding; // what the reader used: "UTF-8", "UTF-16LE", ...
    TransferError error;

    static ImportPreview
    readCsv(const QString &path, char delimiter, const QString &encoding, bool header, int rows);
    static ImportPreview readJson(const QString &path, int rows);
};

} // namespace rowbook
