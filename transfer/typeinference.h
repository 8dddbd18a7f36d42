#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace rowbook {

// The column types an import creates. Declared as INTEGER, REAL or TEXT.
enum class ColumnType { Integer, Real, Text };

// What one text value from a file looks like. A value is a number only when its text is the
// canonical spelling of that number, so that "007", "08123", "+5" or "1e999" stay text and
// survive exactly.
enum class ValueShape { Empty, Integer, Real, Text };

ValueShape classifyText(QByteArrayView utf8);
bool parseInteger(QByteArrayView utf8, qint64 *value);
bool parseReal(QByteArrayView utf8, double *value);
QString sqlTypeName(ColumnType type);

// Decides a column's type from all of its values: INTEGER when every non-empty value is an
// integer, REAL when every non-empty value is a number and one is not an integer, TEXT otherwise
// (including a column with no values at all).
class TypeInference
{
public:
    void addText(QByteArrayView utf8) { add(classifyText(utf8)); }
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
        }
    }
    ColumnType type() const;

private:
    bool m_integers = false;
    bool m_reals = false;
    bool m_texts = false;
};

// Column names for a new table: surrounding white space trimmed, an empty name becomes
// "column_N" (N is the 1-based position), and a name already used (SQLite compares names without
// regard to case) gets "_2", "_3", ... appended. Names that are fine are kept as they are.
QStringList uniqueColumnNames(const QStringList &names);

} // namespace rowbook
