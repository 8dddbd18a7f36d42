#include "uilogging.h"

Q_LOGGING_CATEGORY(lcUi, "rowbook.ui", QtWarningMsg)
