#pragma once

#include <QHash>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace rowbook {

// How the user arranged one table's columns in the grid: the visual order, the hidden columns,
// how many leading columns stay in place while scrolling sideways, and the widths. Columns are
// named, not numbered, so a layout survives columns being added or dropped: a saved column that
// no longer exists is ignored, a new column comes last and visible. Kept in Rowbook's settings
// per database file (by its canonical path) and table, like the schema diagram's positions.
struct ColumnLayout
{
    QStringList order;  // every column, in visual order
    QStringList hidden; // names of hidden columns
    int frozen = 0;     // the first `frozen` visual columns stay in place
    QHash<QString, int> widths;

    bool isEmpty() const { return order.isEmpty(); }
    bool operator==(const ColumnLayout &other) const;

    // The columns the table has now (by logical index), in the visual order to show them: saved
    // columns in their saved order, then columns the layout does not know.
    QVector<int> visualOrder(const QStringList &columns) const;
    // How many leading columns of visualOrder(columns) to freeze: the frozen columns that still
    // exist.
    int frozenCount(const QStringList &columns) const;

    QVariantMap toVariant() const;
    static ColumnLayout fromVariant(const QVariant &value);

    static QString settingsKey(const QString &databasePath, const QString &table);
    static ColumnLayout load(const QString &databasePath, const QString &table);
    void save(const QString &databasePath, const QString &table) const;
};

} // namespace rowbook
