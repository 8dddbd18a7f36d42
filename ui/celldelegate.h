#pragma once

#include <QStyledItemDelegate>

namespace rowbook {

// Cell editors chosen from the column's kind (TableModel::KindRole): validated line edits for
// numbers, date editors, plain line edits for text. Leaving an editor untouched changes nothing,
// so a NULL stays NULL.
class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace rowbook
