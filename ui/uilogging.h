#pragma once

#include <QLoggingCategory>

// The ui library's logging category (see storage/logging.h for the others).
Q_DECLARE_LOGGING_CATEGORY(lcUi) // rowbook.ui: the theme the window follows and why
