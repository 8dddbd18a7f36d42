#pragma once

#include "copyjob.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace rowbook {

class CopyTask;

// File → Copy Database To…: every table of the open database into the other engine (a file to
// a PostgreSQL database, a server database to a new SQLite file), through CopyTask on a worker
// thread with progress and Cancel. All or nothing: a cancelled or failed copy leaves the target
// as it was. When it is done, Open Copy opens the target in a new tab.
class CopyDialog : public QDialog
{
    Q_OBJECT
public:
    CopyDialog(const QString &source, bool sourceIsServer, QWidget *parent = nullptr);
    ~CopyDialog() override;

    QLineEdit *target() const { return m_target; }
    QString status() const;
    bool isRunning() const;

public Q_SLOTS:
    void start();
    void reject() override; // while the copy runs: cancels, and closes once it has stopped

Q_SIGNALS:
    void openRequested(const QString &database);

private:
    void choose();
    void onProgress(qint64 done, qint64 total, const QString &table);
    void onFinished(const CopyJob::Result &result);
    void updateButtons();

    QString m_source;
    bool m_toFile; // the source is a server: the copy is a new SQLite file
    QLineEdit *m_target;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_copy;
    QPushButton *m_cancel;
    QPushButton *m_open;
    CopyTask *m_task;
    QString m_copied; // the target of the copy that succeeded
    bool m_closeWhenStopped = false;
};

} // namespace rowbook
