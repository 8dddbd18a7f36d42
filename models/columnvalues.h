#pragma once

#include "catalog.h"

#include <QString>
#include <QVariant>

namespace rowbook {

// How values of each column kind are shown, edited and stored.
namespace ColumnValues {

// The most characters a cell shows of one value: more than the widest column holds. Laying out
// megabytes of one value on the GUI thread would hold the window for seconds.
constexpr qsizetype shownChars = 1000;
// The most characters an editor (a grid cell's, a form field, the Cell Editor) edits: laying
// out a line of 100,000 takes a one-line editor some 50 ms. An editor that wraps edits lines of
// at most wrappedLineChars: wrapping one of 100,000 takes most of a second. A longer value is
// shown shortened and read-only, with tooLongToEdit() saying so.
constexpr qsizetype editedChars = 100000;
constexpr qsizetype wrappedLineChars = 20000;
// How much of `text` an editor shows: all of it, or less within the limits above.
qsizetype editableLength(const QString &text, bool wraps);
// What a read-only editor says of a value of `length` characters of which it shows `shown`.
QString tooLongToEdit(qsizetype length, qsizetype shown);
// The most characters of typed or pasted text a message quotes.
constexpr qsizetype quotedChars = 60;
// `text`, or its first `chars` characters and " …" when it is longer.
QString shortened(const QString &text, qsizetype chars = shownChars);
// What a cell shows: NULL, numbers without exponent noise, the first line of long text, at
// most shownChars characters.
QString displayText(ColumnKind kind, const QVariant &value);
// What a binary value is shown as wherever it is shown (grid, form, console, chart):
// "(binary, 1,234 bytes)".
QString binaryText(qint64 bytes);
// What an editor gets: QDate for dates, QDateTime for date-times, bool for booleans.
QVariant editValue(ColumnKind kind, const QVariant &value);
// Converts an editor's value to what is stored; false if it does not fit the column.
bool toStorage(ColumnKind kind, const QVariant &input, QVariant *stored);

// What a text editor starts with: the stored value as text (numbers without exponent noise,
// NULL as an empty text).
QString editText(const QVariant &value);
// Why the column's typed editor cannot represent this stored value (a date in another format, a
// date-time in a DATE column, text in a number column), so it is shown and edited as text; empty
// when it can.
QString textHint(ColumnKind kind, const QVariant &value);

// Text typed into an editor, checked against the column's kind.
struct Parsed
{
    QVariant stored; // what to store: NULL for an empty field
    QString problem; // one sentence saying why the text does not fit; empty when it does
    bool ok() const { return problem.isEmpty(); }
};
// `keepText`: the field held a value the typed editor cannot represent (textHint() was not
// empty), so text that does not parse is stored as typed instead of being refused.
Parsed fromText(ColumnKind kind, const QString &text, bool keepText);

// Why the column cannot be set to NULL (NOT NULL, or it holds the row key); empty when it can.
QString nullRefusal(const ColumnInfo &column, bool isKey = false);

// Equal as SQLite would store them (text '1' is not the integer 1; NULL only equals NULL).
bool same(const QVariant &a, const QVariant &b);

} // namespace ColumnValues
} // namespace rowbook
