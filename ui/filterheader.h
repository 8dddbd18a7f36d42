#pragma once

#include "catalog.h"

#include <QHeaderView>
#include <QPointer>
#include <QTimer>
#include <QVector>

class QLineEdit;

namespace rowbook {

class TableModel;

// The table's column header with a filter field under each column name, using the syntax known
// from DB Browser for SQLite (text = contains, =x, <>x, <x, >=x, =NULL, a~b, /regex/). Typing
// is debounced; the combined condition, with the global search, goes to the model as bound SQL.
class FilterHeader : public QHeaderView
{
    Q_OBJECT
public:
    explicit FilterHeader(QWidget *parent = nullptr);

    void setTableModel(TableModel *model);
    void setGlobalSearch(const QString &text);
    QLineEdit *filterEdit(int column) const;
    void clearFilters();
    // Clears every filter and the search, and shows all rows again.
    void resetFilters();
    // What the filter row and the search say, to show again when a tab comes back to the screen.
    struct State
    {
        QStringList filters;
        QString search;
    };
    State state() const;
    // Shows `state` for a model that already filters by it (nothing is filtered again).
    void showState(const State &state);
    // Filters now by what was typed less than the debounce interval ago.
    void applyPending();
    // The names of the columns whose filter is in effect, and the search text.
    QStringList filteredColumns() const;
    QString searchText() const { return m_globalSearch; }

    QSize sizeHint() const override;
    // The height of the filter row below the column names.
    int filterRowHeight() const;
    // Frozen columns are drawn by a second view over the grid (GridView): their filter fields
    // move into that view's header, `overlay`, and come back when it is null.
    void setOverlay(QHeaderView *overlay, const QList<int> &columns);
    // The overlay is being destroyed with the window: its filter fields come back to this
    // header without being placed (no widget may be made then, such as a clear button).
    void releaseOverlay();
    // Places each filter field under its column's name: after the sections scrolled sideways
    // (the fields are the header's children, not its viewport's, so they do not scroll).
    void positionEditors();

Q_SIGNALS:
    // A filter could not be understood: one sentence, empty when every filter is fine.
    void hintChanged(const QString &hint);
    void tableModelChanged(rowbook::TableModel *model);

protected:
    void updateGeometries() override;
    // A column partly under the frozen columns shows its name, sort arrow and filter field in
    // the part left in sight (the frozen view's header covers the rest).
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;

private:
    void clearEdits();
    int labelHeight() const;
    // How much of this header, from its left edge, the frozen columns' header covers.
    int coveredWidth() const;
    // The part of section `logical` at `rect` left in sight beside the frozen columns.
    QRect inSight(QRect rect, int logical) const;
    void rebuild();
    void placeEditors();
    void apply();

    QPointer<TableModel> m_model;
    QMetaObject::Connection m_resetConnection;
    QVector<QLineEdit *> m_edits;
    QHeaderView *m_overlay = nullptr;
    QList<int> m_overlayColumns;
    QString m_globalSearch;
    QString m_appliedSql;
    QVariantList m_appliedValues;
    QTimer m_debounce;
};

} // namespace rowbook
