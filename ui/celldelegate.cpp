#include "celldelegate.h"

#include "catalog.h"
#include "foreignkeycombo.h"
#include "tablemodel.h"

#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace rowbook {

QWidget *CellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const auto kind = ColumnKind(index.data(TableModel::KindRole).toInt());
    const QVariant value = index.data(Qt::EditRole);
    if (kind == ColumnKind::Boolean)
        return nullptr; // a check box in the cell
    if (ForeignKeyCombo *lookup = ForeignKeyCombo::forIndex(index, parent))
        return lookup;
    if (kind == ColumnKind::Date && (value.isNull() || value.typeId() == QMetaType::QDate)) {
        auto *edit = new QDateEdit(parent);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
        return edit;
    }
    if (kind == ColumnKind::DateTime && (value.isNull() || value.typeId() == QMetaType::QDateTime)) {
        auto *edit = new QDateTimeEdit(parent);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        edit->setCalendarPopup(true);
        return edit;
    }
    auto *edit = new QLineEdit(parent);
    edit->setFrame(false);
    if (kind == ColumnKind::Integer)
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("\\s*[-+]?\\d*\\s*")), edit));
    Q_UNUSED(option)
    return edit;
}

void CellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    editor->setProperty("rowbookWasNull", value.isNull());
    if (auto *lookup = qobject_cast<ForeignKeyCombo *>(editor))
        return lookup->setKey(value);
    if (auto *edit = qobject_cast<QDateEdit *>(editor)) {
        edit->setDate(value.isNull() ? QDate::currentDate() : value.toDate());
    } else if (auto *edit = qobject_cast<QDateTimeEdit *>(editor)) {
        edit->setDateTime(value.isNull() ? QDateTime::currentDateTime() : value.toDateTime());
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(value.typeId() == QMetaType::Double ? QString::number(value.toDouble(), 'g', 15)
                                                           : value.toString());
        edit->setModified(false);
    }
}

void CellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                const QModelIndex &index) const
{
    if (auto *lookup = qobject_cast<ForeignKeyCombo *>(editor)) {
        if (lookup->isChanged())
            model->setData(index, lookup->key(), Qt::EditRole);
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        if (!edit->isModified())
            return;
        model->setData(index, edit->text(), Qt::EditRole);
    } else if (auto *edit = qobject_cast<QDateEdit *>(editor)) {
        model->setData(index, edit->date(), Qt::EditRole);
    } else if (auto *edit = qobject_cast<QDateTimeEdit *>(editor)) {
        model->setData(index, edit->dateTime(), Qt::EditRole);
    }
}

} // namespace rowbook
