#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QMainWindow;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace rowbook {

class RecoveryTask;

// A non-modal bar above the window's content for a damaged file (opened read-only): offers
// "Recover into a new file…", runs the recovery on a worker thread (RecoveryTask) with progress
// and Cancel, then says how many rows came back and offers to open the new file.
class DamagedFileBar : public QFrame
{
    Q_OBJECT
public:
    explicit DamagedFileBar(QWidget *parent = nullptr);
    ~DamagedFileBar() override;

    // Puts a hidden bar above the window's central widget and returns it.
    static DamagedFileBar *install(QMainWindow *window);

    // Shows the bar for `path`, the damaged file that is open.
    void showFor(const QString &path);
    // Another file was opened: hides the bar unless it is about `path` or a recovery runs.
    void fileOpened(const QString &path);

    // How the new file's name is asked for (a save dialog by default); tests replace it.
    void setOutputChooser(std::function<QString(const QString &suggested)> chooser);

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void recover();
    void onProgress(qint64 done, qint64 total);
    void onFinished(const QString &error, qint64 rows, qint64 lost, const QString &output);
    void setBusy(bool busy);

    QString m_path;
    QString m_output;
    QLabel *m_text;
    QPushButton *m_recover;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_open;
    QToolButton *m_close;
    RecoveryTask *m_task;
    std::function<QString(const QString &)> m_chooseOutput;
};

} // namespace rowbook
