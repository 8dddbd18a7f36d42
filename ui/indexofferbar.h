#pragma once

#include <QElapsedTimer>
#include <QFrame>
#include <QPointer>
#include <QTimer>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QToolButton;

namespace rowbook {

class TableModel;
class Workspace;

// A bar above the grid after a slow sort (issue 18): sorting by a column without an index took
// more than slowSortMs, so the bar offers "Create Index". The index is made through the save
// worker (TableActions::createIndex, one transaction with the lock retry) while the bar shows
// that it is working; the grid stays usable. Offered only where Rowbook changes the schema (a
// writable SQLite table, not a view) and only when no index starts with the column.
class IndexOfferBar : public QFrame
{
    Q_OBJECT
public:
    explicit IndexOfferBar(QTableView *view, QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    // How long a sort must take before the offer shows (1 s; tests set 0).
    void setSlowSortMs(int ms) { m_slowSortMs = ms; }
    QString text() const;
    QPushButton *createButton() const { return m_create; }
    bool isBusy() const { return !m_creating.isEmpty(); }

    // The change asked for by createRequested() ended: `ok`, or `message` says why not.
    void onCreated(const QString &table, const QString &index, bool ok, const QString &message);

Q_SIGNALS:
    // Create an index on `column` of `table`; the receiver answers with onCreated(), giving
    // the index's name through `index` (empty when the change did not start).
    void createRequested(const QString &table, const QString &column, QString *index);

private:
    void onSortRequested(int section);
    void onLoadingChanged(bool loading);
    bool worthOffering(const QString &column) const;
    void offer(const QString &column, qint64 ms);
    void create();
    void setBusy(bool busy);

    QTableView *m_view;
    QPointer<Workspace> m_workspace;
    QPointer<TableModel> m_model;
    QLabel *m_text;
    QProgressBar *m_progress;
    QPushButton *m_create;
    QToolButton *m_close;
    QTimer m_hideTimer;
    QElapsedTimer m_sortTimer; // from the header click to the whole order
    int m_sortSection = -1;
    int m_slowSortMs = 1000;
    QString m_table; // what the offer is about
    QString m_column;
    QString m_creating; // the index being made, empty when none
};

} // namespace rowbook
