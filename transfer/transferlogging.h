#pragma once

#include <QLoggingCategory>

// The transfer library's logging category (see storage/logging.h for the others).
Q_DECLARE_LOGGING_CATEGORY(lcTransfer) // rowbook.transfer: import, export, dump and copy jobs
