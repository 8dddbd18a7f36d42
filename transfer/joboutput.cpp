#include "joboutput.h"

#include <QFileDevice>
#include <QSqlDatabase>
#include <QSqlError>

namespace rowbook {

TransferError JobOutput::checkDatabase(const DatabaseInfo &database)
{
    if (database.isOpen())
        return {};
    return TransferError::make(TransferError::Unwritable, database.error.userMessage());
}

TransferError JobOutput::checkConnection(const QSqlDatabase &db)
{
    if (db.isOpen())
        return {};
    return TransferError::make(TransferError::Unwritable,
                               StorageError::fromSql(db.lastError()).userMessage());
}

TransferError JobOutput::open(QIODevice *output)
{
    if (output->isOpen() || output->open(QIODevice::WriteOnly))
        return {};
    const auto *file = qobject_cast<QFileDevice *>(output);
    return unwritable(file ? file->fileName() : QString(), output->errorString());
}

TransferError JobOutput::unwritable(const QString &path, const QString &reason)
{
    return TransferError::make(TransferError::Input,
                               tr("The file %1 cannot be written: %2.").arg(path, reason));
}

} // namespace rowbook
