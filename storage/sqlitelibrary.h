#pragma once

#include <QString>

namespace rowbook {

// Rowbook calls the SQLite C API (sqlite3_interrupt, sqlite3_create_function...) on the handle of
// Qt's QSQLITE driver. That is only sound when the driver and Rowbook use one and the same SQLite
// library: a Qt that bundles its own copy would give the process two copies with two lock
// managers on one file. Checked once at start-up; see docs/packaging.md for the build rule.
namespace SqliteLibrary {

// sqlite3_sourceid() of the library Rowbook is linked with.
QString linkedSourceId();

// SELECT sqlite_source_id() through a QSQLITE connection (an in-memory database); empty when the
// driver is missing or cannot open one.
QString driverSourceId();

// Empty when the two source ids name the same library; otherwise one sentence for people that
// says why Rowbook refuses to run.
QString mismatch(const QString &linked, const QString &driver);

// mismatch(linkedSourceId(), driverSourceId()). Needs a QCoreApplication (plugins).
QString check();

} // namespace SqliteLibrary
} // namespace rowbook
