#pragma once

#include <QLoggingCategory>

// Rowbook's logging categories, one per library (and one for saving, the busiest path). All are
// off below warnings unless QT_LOGGING_RULES turns them on, e.g.
//   QT_LOGGING_RULES="rowbook.*.debug=true" rowbook
Q_DECLARE_LOGGING_CATEGORY(lcStorage)  // rowbook.storage: opening, classifying, migrating files
Q_DECLARE_LOGGING_CATEGORY(lcSave)     // rowbook.save: batches, lock retries, outcomes
Q_DECLARE_LOGGING_CATEGORY(lcTransfer) // rowbook.transfer: import and export jobs
Q_DECLARE_LOGGING_CATEGORY(lcUi)       // rowbook.ui: what the window opened and switched to
