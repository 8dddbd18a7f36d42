#pragma once

#include "columnlayout.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <utility>

class QHeaderView;
class QMenu;

namespace rowbook {

class GridView;
class TableModel;

// The user's arrangement of the grid's columns: hide and show them, drag them into another
// order, freeze the first ones, fit widths. Offered on the header's context menu and in
// View → Columns (for the current column), and remembered per database file and table
// (ColumnLayout) as soon as it changes, so a table opens again the way it was left.
class GridLayout : public QObject
{
    Q_OBJECT
public:
    explicit GridLayout(GridView *view);
    ~GridLayout() override;

    void setModel(TableModel *model);
    // Shows the saved layout of the table the model shows now (after the widths were fitted),
    // or the plain one: every column visible, in table order, none frozen.
    void restore();
    // The layout on screen, by column name.
    ColumnLayout current() const;
    void apply(const ColumnLayout &layout);
    // Writes a pending change to the settings now.
    void flush();

    // The header's context menu for `column` (logical index), built fresh.
    QMenu *headerMenu(int column, QWidget *parent);
    // View → Columns: the same commands for the grid's current column, with keys.
    void addTo(QMenu *view);

    void hideColumn(int column);
    void setColumnShown(int column, bool shown);
    void showAll();
    void freezeUpTo(int column);
    void unfreeze();
    void fitColumn(int column);
    void fitAll();

    // Mouse gestures on the header, as (gesture, what it does), for the shortcuts list.
    static QList<std::pair<QString, QString>> otherKeys();

    // The most of the grid's width frozen columns may take: the rest must be left to scroll.
    static constexpr double widestFrozenShare = 0.75;

Q_SIGNALS:
    // A command that was not carried out, and why (for the status bar).
    void refused(const QString &message);

private:
    QStringList columnNames() const;
    QString key() const;
    void changed();
    void widenKeyColumn();
    void showHeaderMenu(QHeaderView *header, const QPoint &pos);
    void fillShowMenu(QMenu *menu);
    int currentColumn() const;

    GridView *m_view;
    QPointer<TableModel> m_model; // the workspace owns it
    QString m_path;               // the database file of the table the layout belongs to
    QString m_table;              // the table the header shows the layout of
    bool m_applying = false;
    ColumnLayout m_pending;
    QString m_pendingPath;
    QString m_pendingTable;
    QTimer m_saveTimer;
};

} // namespace rowbook
