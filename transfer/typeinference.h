#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace rowbook {

// The column types an import creates, declared as INTEGER, REAL, TEXT, DATE, BOOLEAN, NUMERIC,
// BLOB, or with no type at all (Any: SQLite then keeps every value as it was given).
enum class ColumnType { Integer, Real, Text, Date, Boolean, Numeric, Blob, Any };

// What one text value from a file looks like. A value is a number only when its text is the
// canonical spelling of that number, so that "007", "08123", "+5" or "1e999" stay text and
// survive exactly.
// A BLOB is a CSV field written as an SQL blob literal (X'00ff', unquoted) or a JSON object
// {"$blob": "<base64>"}.
enum class ValueShape { Empty, Integer, Real, Text, Blob };

ValueShape classifyText(QByteArrayView utf8);
bool parseInteger(QByteArrayView utf8, qint64 *value);
bool parseReal(QByteArrayView utf8, double *value);
// X'00ff' (either case of x and of the digits) as bytes; false when it is not a blob literal.
bool parseBlobLiteral(QByteArrayView utf8, QByteArray *bytes);
// The declared type of a new table's column: SQLite's name (empty for Any), or PostgreSQL's
// (bigint, double precision, ...; text for Any) for a table on a server.
QString sqlTypeName(ColumnType type);
QString postgresTypeName(ColumnType type);
// "integer", "real", "text", "date" or "boolean" (as --type takes them, any case).
bool columnTypeFromName(const QString &name, ColumnType *type);

// Decides a column's type from all of its values.
// type(), for CSV: INTEGER when every non-empty value is an integer, REAL when every non-empty
// value is a number and one is not an integer, BLOB when all are blobs, no type when blobs mix
// with other values, TEXT otherwise (including a column with no values at all).
// jsonType(), for JSON, keeps JSON's types: TEXT for strings only, INTEGER for integers (and
// true/false) only, REAL for reals only, NUMERIC for integers with reals that are not whole
// numbers (NUMERIC keeps 2 and 2.5 as they are), BLOB for blobs only, and no type for any other
// mix, so that every value is stored as the file has it.
class TypeInference
{
public:
    void addText(QByteArrayView utf8) { add(classifyText(utf8)); }
    // A real that is a whole number (2.0): NUMERIC would store it as the integer 2.
    void addIntegralReal()
    {
        m_reals = true;
        m_integralReals = true;
    }
    void add(ValueShape shape)
    {
        switch (shape) {
        case ValueShape::Empty:
            break;
        case ValueShape::Integer:
            m_integers = true;
            break;
        case ValueShape::Real:
            m_reals = true;
            break;
        case ValueShape::Text:
            m_texts = true;
            break;
        case ValueShape::Blob:
            m_blobs = true;
            break;
        }
    }
    ColumnType type() const;
    ColumnType jsonType() const;

private:
    bool m_integers = false;
    bool m_reals = false;
    bool m_integralReals = false;
    bool m_texts = false;
    bool m_blobs = false;
};

// Column names for a new table: surrounding white space trimmed, an empty name becomes
// "column_N" (N is the 1-based position), and a name already used (SQLite compares names without
// regard to case) gets "_2", "_3", ... appended. Names that are fine are kept as they are.
QStringList uniqueColumnNames(const QStringList &names);

} // namespace rowbook
