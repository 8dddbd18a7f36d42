#pragma once

#include <QDataStream>
#include <QDebug>
#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace rowbook {

// The identity of one row of a table: an integer (SQLite's rowid; negative for a row added in
// the window and not saved yet) or the values of a primary key of one or more columns, as a
// PostgreSQL table is addressed. The integer form is the fast path: no allocation, and the one
// every SQLite table uses. Keys of different forms are never equal; integer keys sort before
// composite ones.
class RowKey
{
public:
    RowKey() = default; // the null key: no row
    static RowKey fromId(qint64 id);
    // One value per key column, in the primary key's order. A single integer value is the
    // integer form, so the same row has one key whichever way it was read; integers of any width
    // are kept as qint64 and floats as double. Values of different types are different keys
    // (the text "1" is not the number 1).
    static RowKey fromValues(const QVariantList &values);

    bool isNull() const { return m_form == Form::Null; }
    bool isId() const { return m_form == Form::Id; }
    qint64 id() const { return m_form == Form::Id ? m_id : 0; }
    // An integer key below zero: a row added in the window that is not in the database yet.
    bool isPending() const { return m_form == Form::Id && m_id < 0; }
    // The values to bind for the key columns: one integer for the integer form.
    QVariantList values() const;

    // A text that fromText() reads back to an equal key: the decimal integer (the format
    // recovery journals have always written), or a JSON array of typed values.
    QString toText() const;
    static RowKey fromText(const QString &text); // the null key when `text` is not a key

    friend bool operator==(const RowKey &a, const RowKey &b);
    friend bool operator!=(const RowKey &a, const RowKey &b) { return !(a == b); }
    friend bool operator<(const RowKey &a, const RowKey &b);
    friend QDataStream &operator<<(QDataStream &stream, const RowKey &key);
    friend QDataStream &operator>>(QDataStream &stream, RowKey &key);

private:
    enum class Form : quint8 { Null, Id, Values };

    Form m_form = Form::Null;
    qint64 m_id = 0;
    QVariantList m_values;
};

size_t qHash(const RowKey &key, size_t seed = 0);
QDebug operator<<(QDebug debug, const RowKey &key);

} // namespace rowbook

Q_DECLARE_METATYPE(rowbook::RowKey)
