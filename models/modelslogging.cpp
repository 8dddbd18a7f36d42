#include "modelslogging.h"

Q_LOGGING_CATEGORY(lcModels, "rowbook.models", QtWarningMsg)
