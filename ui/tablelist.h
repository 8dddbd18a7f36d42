#pragma once

#include "catalog.h"

#include <QTreeWidget>

namespace rowbook {

// The sidebar: the database's tables and views with their row counts. A middle click or the
// context menu's "Open in New Tab" asks for a table in a tab of its own.
class TableList : public QTreeWidget
{
    Q_OBJECT
public:
    explicit TableList(QWidget *parent = nullptr);

    void setObjects(const QVector<Catalog::Entry> &objects);
    void setRowCount(const QString &name, qint64 count);
    void select(const QString &name);
    QString currentName() const;

Q_SIGNALS:
    void tableSelected(const QString &name);
    void newTabRequested(const QString &name);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QTreeWidgetItem *find(const QString &name) const;
};

} // namespace rowbook
