#pragma once

#include <QLoggingCategory>

// The storage library's logging categories. Each library has its own (models/modelslogging.h,
// transfer/transferlogging.h, ui/uilogging.h); all are off below warnings unless QT_LOGGING_RULES
// turns them on, e.g.
//   QT_LOGGING_RULES="rowbook.*.debug=true" rowbook
Q_DECLARE_LOGGING_CATEGORY(lcStorage) // rowbook.storage: opening, classifying, migrating files
Q_DECLARE_LOGGING_CATEGORY(lcSave)    // rowbook.save: batches, lock retries, outcomes
