#pragma once

#include "database.h"

#include <optional>

class QWidget;

namespace rowbook {

// How the window opens a path: the per-user database is created with the starter table when
// missing; any other path that does not exist is only created after the user says so (Create /
// Cancel), and then starts empty. nullopt: the user cancelled, open nothing.
std::optional<Database::Open> askOpenMode(QWidget *parent, const QString &path);

} // namespace rowbook
