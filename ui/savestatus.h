#pragma once

#include <QLabel>

namespace rowbook {

class AutoSaver;
class EditStore;

// The status bar's save state: Saved / Saving… / Waiting for the lock / Not saved (n pending).
class SaveStatus : public QLabel
{
    Q_OBJECT
public:
    explicit SaveStatus(QWidget *parent = nullptr);
    void setSource(AutoSaver *autoSaver, EditStore *store);
    void refresh();

private:
    AutoSaver *m_autoSaver = nullptr;
    EditStore *m_store = nullptr;
};

} // namespace rowbook
