#include "tablelist.h"
#include "plurals.h"

#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>

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
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QTreeWidgetItem *item = itemAt(at);
        if (!item)
            return;
        const QString name = item->data(0, Qt::UserRole).toString();
        QMenu menu(this);
        menu.addAction(tr("Open in New &Tab"), this,
                       [this, name] { Q_EMIT newTabRequested(name); });
        menu.exec(viewport()->mapToGlobal(at));
    });
}

void TableList::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        event->accept(); // the table on screen stays: the release opens a new tab
        return;
    }
    QTreeWidget::mousePressEvent(event);
}

void TableList::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        if (const QTreeWidgetItem *item = itemAt(event->position().toPoint())) {
            Q_EMIT newTabRequested(item->data(0, Qt::UserRole).toString());
            event->accept();
            return;
        }
    }
    QTreeWidget::mouseReleaseEvent(event);
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
