#pragma once

#include "database.h"
#include "dumpjob.h"
#include "filejobdialog.h"

class QComboBox;
class QListWidget;

namespace rowbook {

// File → Export Database as SQL…: the choices of `rowbook dump` (dialect, schema and/or data,
// which tables, the file) and DumpJob on a worker thread with progress and Cancel. The file is
// written only when the dump succeeds.
class DumpDialog : public FileJobDialog
{
    Q_OBJECT
public:
    // `tables`: the database's tables, as the window lists them.
    DumpDialog(const DatabaseInfo &info, const QStringList &tables, QWidget *parent = nullptr);

    // What the job would be started with now.
    DumpJob::Options options() const;

    // <Documents>/<database name>.sql.
    static QString defaultPath(const QString &databasePath);

public Q_SLOTS:
    void browse() override;
    void start() override;

Q_SIGNALS:
    void dumped(const QString &path, qint64 rows);

private:
    bool canStart() const override;
    void onProgress(qint64 rows, qint64 total);
    void onFinished(const DumpJob::Result &result);

    DatabaseInfo m_info;
    QComboBox *m_dialectCombo;
    QComboBox *m_contentCombo;
    QListWidget *m_tableList;
    DumpJob::Options m_started;
};

} // namespace rowbook
