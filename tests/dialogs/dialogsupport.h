#pragma once

// What the export dialog tests share: finding a dialog's widgets by name, typing a path, a
// writable copy of Chinook, a table large enough to cancel, and Export-then-Cancel.
#include "database.h"
#include "filejobdialog.h"
#include "testsupport.h"

#include <QFile>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace dialogsupport {

template<class T>
T *child(QObject *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

// Replaces the File field's text with `path`, typed.
inline void typePath(QWidget *dialog, const QString &path)
{
    QLineEdit *edit = child<QLineEdit>(dialog, "fileEdit");
    edit->selectAll();
    QTest::keyClicks(edit, path);
}

// A writable copy of Chinook in a fresh temporary folder, opened as the window opens it.
struct ChinookCopy
{
    std::unique_ptr<QTemporaryDir> dir;
    QString db;
    rowbook::DatabaseInfo info;

    // Call with QVERIFY.
    bool make()
    {
        dir = std::make_unique<QTemporaryDir>();
        if (!dir->isValid())
            return false;
        db = dir->filePath(QStringLiteral("chinook.sqlite"));
        if (!QFile::copy(testsupport::chinookPath(), db))
            return false;
        QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
        info = rowbook::Database::prepare(db);
        return info.isOpen();
    }
};

// Adds the table `big` with two million rows: an export of it runs long enough to cancel.
inline bool addBigTable(const QString &db)
{
    testsupport::Probe probe(db);
    return probe.exec("CREATE TABLE big AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                      "SELECT i + 1 FROM n WHERE i < 2000000) SELECT i AS id, i * 0.5 AS x, "
                      "'some text ' || i AS t, NULL AS blank FROM n");
}

// Types `path`, clicks Export, waits for the first progress and clicks Cancel Export; returns
// once the job has stopped. Check QTest::currentTestFailed() afterwards.
inline void exportThenCancel(rowbook::FileJobDialog &dialog, const QString &path)
{
    typePath(&dialog, path);
    QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
    QVERIFY(dialog.isRunning());
    QProgressBar *bar = child<QProgressBar>(&dialog, "progressBar");
    QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0, 30000);
    QTest::mouseClick(child<QPushButton>(&dialog, "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
}

} // namespace dialogsupport
