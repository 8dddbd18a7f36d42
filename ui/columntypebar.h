#pragma once

#include "typeinference.h"

#include <QVector>
#include <QWidget>

class QComboBox;
class QTableView;

namespace rowbook {

// A row of drop-downs above a table view, one per column and aligned with its header sections,
// to choose the type of each column of a table an import creates. The detected type is marked
// "(detected)"; a choice stays until setColumns() is called again.
class ColumnTypeBar : public QWidget
{
    Q_OBJECT
public:
    explicit ColumnTypeBar(QTableView *view, QWidget *parent = nullptr);

    // One drop-down per column: `detected` is marked, `chosen` selected.
    void setColumns(const QVector<ColumnType> &detected, const QVector<ColumnType> &chosen);
    QVector<ColumnType> types() const;
    QComboBox *combo(int column) const { return m_combos.value(column); }

    // A user-facing name: INTEGER, REAL, ... or "No type (any value)"; for a table on a server
    // the server's name (bigint, double precision, ...).
    static QString typeLabel(ColumnType type, bool server);
    void setServer(bool server) { m_server = server; }

    QSize sizeHint() const override;

Q_SIGNALS:
    void typeChanged(int column, rowbook::ColumnType type);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void placeCombos();

    QTableView *m_view;
    QVector<QComboBox *> m_combos;
    bool m_server = false;
};

} // namespace rowbook
