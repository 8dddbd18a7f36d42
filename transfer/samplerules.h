#pragma once

#include "sampledata.h"
#include "sampleschema.h"

#include <QString>

#include <initializer_list>

// How Table → Fill with Sample Data chooses a column's generator (SampleData::plan()).
namespace rowbook::SampleRules {

// True when `name` (lower case) contains one of `parts`.
bool has(const QString &name, std::initializer_list<const char *> parts);
// The generator of a column that is neither the row key nor a foreign key: from its declared
// type first, then from its name. `personal`: the table holds people.
void guessGenerator(const SampleSchema::Column &facts, bool personal, SampleData::Column *column);
// Narrows `column` by the simple CHECK forms: IN (…), BETWEEN, comparisons with a number,
// length(col) <= n. Anything else is left to the database, which names it if a value breaks it.
void applyChecks(const SampleSchema::Column &facts, SampleData::Column *column);
// False with `error` when the column's CHECK leaves nothing to draw.
bool allowsValues(const SampleSchema::Column &facts,
                  const SampleData::Column &column,
                  QString *error);

} // namespace rowbook::SampleRules
