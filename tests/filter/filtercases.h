#pragma once

// The rows of TestFilterSyntax's data-driven cases (tst_filtersyntax.cpp), by topic: each adds
// QTest::newRow()s to the _data function that calls it, whose columns it expects.
#include "filtersyntax.h"

#include <QMetaType>
#include <QString>

Q_DECLARE_METATYPE(rowbook::ColumnKind)

namespace filtercases {

// A column name with a quote and a space, in the semantics table too.
inline const QString weirdColumn = QStringLiteral("we\"ird col");

// generatedSql: filter, column, kind, sql, values.
void addContainsSql();
void addComparisonSql();
void addNullAndRangeSql();
void addRegexAndIdentifierSql();

// semantics: filter, column, kind, handWritten.
void addTextSemantics();
void addNullRangeRegexSemantics();

} // namespace filtercases
