#pragma once

#include <QLoggingCategory>

// The models library's logging category (see storage/logging.h for the others).
Q_DECLARE_LOGGING_CATEGORY(lcModels) // rowbook.models: the table shown, the recovery journal
