#pragma once

#include "typeinference.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>
#include <QVariant>
#include <QVector>

#include <vector>

namespace rowbook {

class SqliteStatement;

// SQLite's type affinity of a declared column type, by its rules in their order
// (https://sqlite.org/datatype3.html, 3.1): a name containing INT is INTEGER; CHAR, CLOB or TEXT
// is TEXT; BLOB or no type at all is BLOB (values are kept as given); REAL, FLOA or DOUB is
// REAL; anything else (NUMERIC, DECIMAL(10,2), DATE, BOOLEAN) is NUMERIC.
enum class Affinity { Integer, Text, Blob, Real, Numeric };
Affinity affinityOf(const QString &declaredType);

// How the values of one file column go into their table column.
struct ColumnConversion
{
    Affinity affinity = Affinity::Blob;
    bool booleanWords = false; // a BOOLEAN column made by this import: true/yes is 1, false/no 0
};

// A JSON value: its shape, and for numbers their value as the file writes them (QJsonValue reads
// 2.0 and -0.0 as the integers 2 and 0, and integers past 2^53 as approximate doubles).
struct JsonCell
{
    ValueShape shape = ValueShape::Empty;
    bool integralReal = false; // a real that is a whole number, such as 2.0
    qint64 integer = 0;
    double real = 0;
    QByteArray bytes; // a BLOB's bytes
};
JsonCell jsonCell(const QJsonValue &value, QByteArrayView raw);

// Binds the values of a file's rows to an INSERT statement, one rule for every column type:
// - an unquoted empty CSV field (or JSON null, or a missing key) is NULL; a quoted empty field
//   ("") is the empty text.
// - CSV into a TEXT column: the field exactly as written ("1.50", "007", "1e3", "+5" stay so).
// - CSV into an INTEGER, REAL or NUMERIC column: a decimal number is bound as a number, anything
//   else as text, and SQLite's affinity decides (as it would for the same INSERT in SQL).
// - CSV into a column with no type (BLOB affinity): a quoted field is text; an unquoted one is a
//   number when it reads as one without a leading zero, "+" or spaces (1, -2.5, 1.50, 1e+300),
//   else text. Export quotes text that reads as a number, so such text comes back as text.
// - an unquoted CSV field X'00ff' and a JSON object {"$blob":"<base64>"} are BLOBs.
// - JSON keeps JSON's types: strings are text, numbers INTEGER or REAL, true/false 1/0, nested
//   arrays and objects compact JSON text. A number into a TEXT column keeps its spelling.
// The bound text stays in the binder until the next row is bound.
class ValueBinder
{
public:
    explicit ValueBinder(const QVector<ColumnConversion> &columns);

    void bindCsv(SqliteStatement *statement, int index, QByteArrayView field, bool quoted);
    void
    bindJson(SqliteStatement *statement, int index, const QJsonValue &value, QByteArrayView raw);

private:
    bool bindBooleanWord(SqliteStatement *statement, int index, QByteArrayView text);

    QVector<ColumnConversion> m_columns;
    std::vector<QByteArray> m_scratch; // one per column, alive until the statement runs
};

// The value of a file's field for a PostgreSQL column, by the same rules as ValueBinder where the
// server allows: NULL and the empty text as above, bytes for a `bytea` column (X'00ff', a JSON
// {"$blob": ...}), JSON's true/false as true/false into a boolean column and 1/0 elsewhere, and
// otherwise the text as written, which the server converts to the column's type as it would for
// the same INSERT typed out (so "abc" into a bigint column is refused, not stored as text).
QVariant postgresCsvValue(QByteArrayView field, bool quoted, bool bytea);
QVariant postgresJsonValue(const QJsonValue &value, QByteArrayView raw, bool bytea, bool boolean);

} // namespace rowbook
