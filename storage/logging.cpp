#include "logging.h"

Q_LOGGING_CATEGORY(lcStorage, "rowbook.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSave, "rowbook.save", QtWarningMsg)
