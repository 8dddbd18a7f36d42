#include "transferlogging.h"

Q_LOGGING_CATEGORY(lcTransfer, "rowbook.transfer", QtWarningMsg)
