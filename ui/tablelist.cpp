#include "tablelist.h"
#include "plurals.h"

#include <QHeaderView>
#include <QLocale>

namespace rowbook {

TableList::TableList(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("tableList"));
    setColumnCount(2);
    setHeaderLabels({tr("Table"), tr("Rows")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            Q_EMIT tableSelected(item->data(0, Qt::UserRole).toString());
    });
}

void TableList::setObjects(const QVector<Catalog::Entry> &objects)
{
    const QSignalBlocker blocker(this);
    clear();
    for (const Catalog::Entry &entry : objects) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(0, entry.name);
        item->setData(0, Qt::UserRole, entry.name);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (entry.isView) {
            QFont font = item->font(0);
            font.setItalic(true);
            item->setFont(0, font);
            item->setToolTip(0, tr("View “%1” (read-only)").arg(entry.name));
        } else {
            item->setToolTip(0, tr("Table “%1”").arg(entry.name));
        }
    }
}

QTreeWidgetItem *TableList::find(const QString &name) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(0, Qt::UserRole).toString() == name)
            return topLevelItem(i);
    }
    return nullptr;
}

void TableList::setRowCount(const QString &name, qint64 count)
{
    if (QTreeWidgetItem *item = find(name))
        item->setText(1, count < 0 ? QStringLiteral("?") : formatCount(count));
}

void TableList::select(const QString &name)
{
    if (QTreeWidgetItem *item = find(name))
        setCurrentItem(item);
}

QString TableList::currentName() const
{
    return currentItem() ? currentItem()->data(0, Qt::UserRole).toString() : QString();
}

} // namespace rowbook
