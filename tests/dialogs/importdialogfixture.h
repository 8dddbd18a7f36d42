#pragma once

#include "database.h"
#include "dialogsupport.h"
#include "importdialog.h"

#include <QFile>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include <memory>

// What tst_importdialog (choosing and importing) and tst_importdialogerrors (what stands in the
// way) share: a fresh database and a folder for the files to import, per test function.
class ImportDialogFixture
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

    static QString headerText(rowbook::ImportDialog &dialog, int column)
    {
        auto *view = dialogsupport::child<QTableView>(&dialog, "preview");
        return view->model()->headerData(column, Qt::Horizontal).toString();
    }

    static QString cell(rowbook::ImportDialog &dialog, int row, int column)
    {
        auto *view = dialogsupport::child<QTableView>(&dialog, "preview");
        return view->model()->index(row, column).data().toString();
    }
};
