#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace rowbook {

class QueryHistory;

// The questions of keeping a query under a name (the console's Save Query…, the history
// search's Rename…/Delete): by default a QInputDialog for the name and a QMessageBox for yes or
// no; tests put functions of their own in their place. save() and rename() hold the rules, so
// the console and the search ask the same way: a name is needed, and a name that already holds
// a different query is replaced only after the user says yes. The history writes on its own
// thread (QueryHistory), so nothing here waits on the disk.
class SavedQueryPrompts
{
    Q_DECLARE_TR_FUNCTIONS(SavedQueryPrompts)
public:
    // Asks for a name, the field prefilled with `suggested`; nullopt when the user cancels.
    using AskName = std::function<std::optional<QString>(
        QWidget *parent, const QString &title, const QString &label, const QString &suggested)>;
    // Asks a question to be answered yes or no; true for yes.
    using Confirm
        = std::function<bool(QWidget *parent, const QString &title, const QString &question)>;

    SavedQueryPrompts(); // the dialogs

    AskName askName;
    Confirm confirm;

    // What came of save() or rename(): `name` is the name the query is kept under when `saved`;
    // `message` says what happened, for a status line (empty when the user cancelled).
    struct Outcome
    {
        bool saved = false;
        QString name;
        QString message;
    };

    // Asks for a name (prefilled with `suggested`) and keeps `text` under it in `history`.
    Outcome save(QWidget *parent,
                 QueryHistory *history,
                 const QString &text,
                 const QString &suggested) const;
    // Asks for a new name for the saved query `name` and moves it there.
    Outcome rename(QWidget *parent, QueryHistory *history, const QString &name) const;
    // Asks whether to delete the saved query `name` and deletes it.
    Outcome remove(QWidget *parent, QueryHistory *history, const QString &name) const;

private:
    // The name the user typed, trimmed; nullopt when cancelled (`outcome` then says nothing) or
    // refused (`outcome` says why).
    std::optional<QString> askFor(QWidget *parent,
                                  QueryHistory *history,
                                  const QString &title,
                                  const QString &label,
                                  const QString &suggested,
                                  const QString &text,
                                  Outcome &outcome) const;
};

} // namespace rowbook
