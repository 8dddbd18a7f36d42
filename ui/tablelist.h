#pragma once

#include "catalog.h"

#include <QTreeWidget>

namespace rowbook {

// The sidebar: the database's tables and views with their row counts.
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

private:
    QTreeWidgetItem *find(const QString &name) const;
};

} // namespace rowbook
