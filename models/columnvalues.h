#pragma once

#include "catalog.h"

#include <QString>
#include <QVariant>

namespace rowbook {

// How values of each column kind are shown, edited and stored.
namespace ColumnValues {

// What a cell shows: NULL, numbers without exponent noise, the first line of long text.
QString displayText(ColumnKind kind, const QVariant &value);
// What an editor gets: QDate for dates, QDateTime for date-times, bool for booleans.
QVariant editValue(ColumnKind kind, const QVariant &value);
// Converts an editor's value to what is stored; false if it does not fit the column.
bool toStorage(ColumnKind kind, const QVariant &input, QVariant *stored);
// Equal as SQLite would store them (text '1' is not the integer 1; NULL only equals NULL).
bool same(const QVariant &a, const QVariant &b);

} // namespace ColumnValues
} // namespace rowbook
