#pragma once

#include "autosaver.h"
#include "database.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// What tst_tablemodel (reading) and tst_tableediting (editing) share: one database file per
// test function and data row, with the starter table `items`, and a model opened on it through
// a Workspace, its every signal checked by QAbstractItemModelTester.
class TableModelFixture
{
protected:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<rowbook::Workspace> m_workspace;
    std::unique_ptr<QAbstractItemModelTester> m_tester; // destroyed before the workspace

    rowbook::TableModel *open(const QString &table = QStringLiteral("items"),
                              rowbook::RetryPolicy policy = {})
    {
        m_workspace = std::make_unique<rowbook::Workspace>();
        if (!m_workspace->open(m_path, policy))
            return nullptr;
        QSignalSpy checked(m_workspace.get(), &rowbook::Workspace::checked);
        if (!checked.wait(5000))
            return nullptr;
        m_workspace->autoSaver()->setDebounceMs(20);
        rowbook::TableModel *model = m_workspace->model();
        // Watching from before the first reset, so every signal the model sends is checked.
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        if (!model->setTable(table))
            return nullptr;
        QSignalSpy loading(model, &rowbook::TableModel::loadingChanged);
        if (model->isLoading() && !loading.wait(10000))
            return nullptr;
        return model;
    }

    QVariant stored(const QString &sql) const { return testsupport::Probe(m_path).value(sql); }

    // A table `big` of `rows` rows: id, 'label ' || id, and n = id * 7919 % 1000.
    bool createBig(int rows) const
    {
        if (!rowbook::Database::prepare(m_path).isOpen())
            return false;
        testsupport::Probe probe(m_path);
        return probe.exec(QStringLiteral(
                   "CREATE TABLE big (id INTEGER PRIMARY KEY, label TEXT, n INTEGER)"))
               && probe.exec(
                   QStringLiteral("WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c "
                                  "WHERE i < %1) INSERT INTO big SELECT i, 'label ' || i, "
                                  "(i * 7919) % 1000 FROM c")
                       .arg(rows));
    }

    // One file per test function and data row.
    void useFileOfThisTest()
    {
        m_path = m_dir.filePath(QStringLiteral("%1-%2.sqlite")
                                    .arg(QTest::currentTestFunction())
                                    .arg(qHash(QByteArray(QTest::currentDataTag()))));
    }

    void closeModel()
    {
        m_tester.reset();
        m_workspace.reset();
    }
};
