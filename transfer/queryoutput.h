#pragma once

#include "queryengine.h"
#include "rowwriter.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QIODevice;

namespace rowbook {

// Writes what a query run returns, for `rowbook query` (and later the console's export):
// - Csv: a header row, then the rows, by the rules of `rowbook export` (RowWriter);
// - Json: an array of objects keyed by column name, by the same rules;
// - Table: an aligned text table for people (NULL shown as NULL, line breaks as ↵); the widths
//   come from the first tableBlock rows, so memory stays bounded on long results.
// A script with several statements that return rows gives one result after another: CSV and
// table results separated by an empty line, JSON arrays one per line.
class QueryOutput : public QuerySink
{
    Q_DECLARE_TR_FUNCTIONS(QueryOutput)
public:
    enum class Format { Csv, Json, Table };
    static constexpr int tableBlock = 1000;

    QueryOutput(QIODevice *device, Format format);

    void columns(const QStringList &names) override;
    bool row(const QVariantList &values) override;
    // Ends the last result and writes everything out; false when the device refused bytes.
    bool finish();
    int results() const { return m_results; }

    // How the error of a run of the script `source` (a file name) reads: "file:line:column:
    // message" when the error has a position, else the outcome's own message. The one home of
    // that rule for `rowbook query --file` and File → Run SQL File….
    static QString scriptError(const QString &source, const QueryOutcome &outcome);

    // How a value reads in the table: numbers in their shortest exact form, BLOBs as X'..'.
    static QString displayText(const QVariant &value);

private:
    void endResult();
    void writeTable();
    void writeTableRow(const QStringList &cells);

    RowWriter m_out;
    Format m_format;
    QList<QByteArray> m_names;
    int m_results = 0;
    qint64 m_rows = 0; // rows of the current result
    bool m_ok = true;
    // Table: rows held until the widths are known, the widths, and which columns are numbers.
    QList<QStringList> m_pending;
    QList<int> m_widths;
    QList<bool> m_numeric;
    bool m_headerWritten = false;
};

} // namespace rowbook
