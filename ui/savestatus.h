#pragma once

#include <QLabel>
#include <QPointer>

namespace rowbook {

class AutoSaver;
class EditStore;

// The status bar's save state: Saved / Saving… / Waiting for the lock / Not saved (n pending) /
// Server unreachable — retrying.
// Once all is saved it also clears the status bar's message about an earlier save problem.
class SaveStatus : public QLabel
{
    Q_OBJECT
public:
    explicit SaveStatus(QWidget *parent = nullptr);
    void setSource(AutoSaver *autoSaver, EditStore *store);
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void clearSolvedProblem();

    QString m_shownProblem; // the last save problem, which the window may show as a message
    QPointer<AutoSaver> m_autoSaver;
    QPointer<EditStore> m_store;
};

} // namespace rowbook
