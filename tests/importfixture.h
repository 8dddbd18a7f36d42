#pragma once

#include "database.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

// What the import tests share (ImportJobFixture, ImportDialogFixture): a fresh database and a
// folder for the files to import, per test function.
class ImportFixture
{
protected:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    rowbook::DatabaseInfo m_info;

    bool prepare()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return false;
        m_db = m_dir->filePath(QStringLiteral("test.sqlite"));
        m_info = rowbook::Database::prepare(m_db);
        return m_info.isOpen();
    }

    QString write(const QString &name, const QByteArray &content) const
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
};
