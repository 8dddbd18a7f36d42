#include "logging.h"

Q_LOGGING_CATEGORY(lcStorage, "rowbook.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSave, "rowbook.save", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTransfer, "rowbook.transfer", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "rowbook.ui", QtWarningMsg)
