#include "celldelegate.h"

#include "catalog.h"
#include "columnvalues.h"
#include "datepicker.h"
#include "foreignkeycombo.h"
#include "tablemodel.h"
#include "themecontroller.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QTableView>

#include <limits>

namespace rowbook {
namespace {

const char kindProperty[] = "rowbookKind";
const char keepTextProperty[] = "rowbookKeepText";
const char noteProperty[] = "rowbookNote";
const char startKeyProperty[] = "rowbookStartKey"; // set once the editor shows the cell's value
const char startColumnProperty[] = "rowbookStartColumn";
const QString noteName = QStringLiteral("cellEditorNote");

QLabel *noteOf(const QWidget *editor)
{
    return qobject_cast<QLabel *>(editor->property(noteProperty).value<QObject *>());
}

} // namespace

CellDelegate::CellDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{}

void CellDelegate::paint(QPainter *painter,
                         const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QStyle *style = cell.widget ? cell.widget->style() : QApplication::style();
    if (const auto *table = qobject_cast<const QTableView *>(m_view)) {
        // Twice the cells on screen (as rows of this cell's height): a repaint of them all, or a
        // scroll by a page, finds every text laid out.
        const QWidget *viewport = table->viewport();
        const QHeaderView *header = table->horizontalHeader();
        const int last = header->visualIndexAt(viewport->width() - 1);
        const int columns
            = (last < 0 ? header->count() - 1 : last) - std::max(header->visualIndexAt(0), 0) + 1;
        const int rows = viewport->height() / std::max(option.rect.height(), 1) + 1;
        m_text.setGenerationSize(2 * rows * std::max(columns, 1));
    }
    if (!CellText::canPaint(cell, style) || !m_text.paint(painter, cell, style))
        QStyledItemDelegate::paint(painter, option, index);
}

QWidget *CellDelegate::createEditor(QWidget *parent,
                                    const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    Q_UNUSED(option)
    const auto kind = ColumnKind(index.data(TableModel::KindRole).toInt());
    if (kind == ColumnKind::Boolean)
        return nullptr; // a check box in the cell
    ForeignKeyCombo *lookup = ForeignKeyCombo::forIndex(index, parent);
    QWidget *editor = lookup;
    QLineEdit *edit = lookup ? lookup->lineEdit() : new QLineEdit(parent);
    if (!lookup) {
        editor = edit;
        edit->setFrame(false);
        if (kind == ColumnKind::Date || kind == ColumnKind::DateTime)
            new DatePicker(edit, kind == ColumnKind::DateTime);
    }
    editor->setProperty(kindProperty, int(kind));
    edit->setMaxLength(std::numeric_limits<int>::max()); // not cut at QLineEdit's 32,767
    connect(edit, &QLineEdit::textEdited, editor, [editor] {
        if (QLabel *note = noteOf(editor); note && note->property("isProblem").toBool())
            note->hide(); // the user is correcting it
    });
    if (lookup) { // input refused while the rows were being read is judged against them
        connect(lookup, &ForeignKeyCombo::choicesRead, editor, [editor] {
            QLabel *note = noteOf(editor);
            if (!note || note->isHidden() || !note->property("isProblem").toBool())
                return;
            if (const QString problem = problemWith(editor); problem.isEmpty())
                note->hide();
            else
                showNote(editor, problem, true);
        });
    }
    return editor;
}

void CellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    // The first call fills the editor, and what it shows is what the edit starts from. Later
    // calls come from repaints and from other programs' commits read in: they must neither
    // change what the user sees in the open editor nor what the edit is compared with.
    if (editor->property(startKeyProperty).isValid())
        return;
    if (auto *model = qobject_cast<TableModel *>(const_cast<QAbstractItemModel *>(index.model()))) {
        model->beginCellEdit(index);
        editor->setProperty(startKeyProperty, model->keyAt(index.row()));
        editor->setProperty(startColumnProperty, index.column());
    }
    auto *lookup = qobject_cast<ForeignKeyCombo *>(editor);
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!lookup && !edit) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    if (edit && edit->isModified())
        return; // the user is typing: a repaint of the row must not undo it
    const auto kind = ColumnKind(index.data(TableModel::KindRole).toInt());
    const QVariant value = index.data(TableModel::StoredRole);
    const QString hint = ColumnValues::textHint(kind, value);
    editor->setProperty(keepTextProperty, !hint.isEmpty());
    if (lookup)
        lookup->setKey(index.data(Qt::EditRole));
    if (m_rejected.index.isValid() && m_rejected.index == index) {
        QLineEdit *input = lookup ? lookup->lineEdit() : edit;
        input->setText(m_rejected.text);
        input->setModified(true); // typed: it stays when the choices come
        showNote(editor, m_rejected.problem, true);
        m_rejected = {};
        return;
    }
    if (lookup)
        return;
    const QString text = ColumnValues::editText(value);
    const qsizetype shown = ColumnValues::editableLength(text, false);
    const bool tooLong = shown < text.size();
    edit->setText(tooLong ? ColumnValues::shortened(text, shown) : text);
    edit->setModified(false);
    edit->setReadOnly(tooLong); // closing it writes nothing
    if (value.isNull() && kind != ColumnKind::Date && kind != ColumnKind::DateTime)
        edit->setPlaceholderText(tr("NULL"));
    if (tooLong)
        showNote(edit, ColumnValues::tooLongToEdit(text.size(), shown), false);
    else if (!hint.isEmpty())
        showNote(edit, hint, false);
}

void CellDelegate::setModelData(QWidget *editor,
                                QAbstractItemModel *model,
                                const QModelIndex &index) const
{
    auto *lookup = qobject_cast<ForeignKeyCombo *>(editor);
    if (!lookup && !qobject_cast<QLineEdit *>(editor)) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    if (!isChanged(editor))
        return; // nothing typed: nothing to write
    QVariant stored;
    QString problem = problemWith(editor, &stored);
    if (const auto *table = qobject_cast<const TableModel *>(model); table && problem.isEmpty())
        problem = table->keyValueProblem(index.column(), stored);
    if (!problem.isEmpty() && m_keepingOpen) {
        showNote(editor, problem, true);
        return;
    }
    if (!problem.isEmpty()) {
        // The view closes this editor (another cell was clicked): open it again with the input.
        const QString text
            = lookup ? lookup->currentText() : static_cast<QLineEdit *>(editor)->text();
        m_rejected = {index, text, problem};
        QMetaObject::invokeMethod(const_cast<CellDelegate *>(this), &CellDelegate::reopenRejected,
                                  Qt::QueuedConnection);
        return;
    }
    model->setData(index, stored, TableModel::StoredRole);
    if (auto *edit = qobject_cast<QLineEdit *>(editor); edit && m_keepingOpen)
        edit->setModified(false); // what it holds is in the model now
}

void CellDelegate::commitKeepingOpen(QWidget *editor)
{
    const QScopedValueRollback<bool> keeping(m_keepingOpen, true);
    Q_EMIT commitData(editor); // the view finds the editor's cell and calls setModelData()
}

void CellDelegate::updateEditorGeometry(QWidget *editor,
                                        const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    auto *edit = qobject_cast<QLineEdit *>(editor);
    const auto kind = edit ? ColumnKind(edit->property(kindProperty).toInt()) : ColumnKind::Any;
    if (!edit || (kind != ColumnKind::Date && kind != ColumnKind::DateTime))
        return;
    const int wanted = DatePicker::widthFor(edit);
    QRect rect = edit->geometry();
    if (rect.width() >= wanted)
        return;
    rect.setWidth(wanted);
    if (const QWidget *viewport = edit->parentWidget();
        viewport && rect.right() >= viewport->width())
        rect.moveRight(std::max(wanted - 1, viewport->width() - 1)); // into view, left edge first
    edit->setGeometry(rect);
}

void CellDelegate::rekeyEditors(QAbstractItemView *view, qint64 oldKey, qint64 newKey)
{
    // Editors are children of a view's viewport: the grid's, or its frozen view's.
    QList<QAbstractItemView *> views
        = view->findChildren<QAbstractItemView *>(Qt::FindDirectChildrenOnly);
    views << view;
    for (const QAbstractItemView *shown : std::as_const(views)) {
        for (QObject *editor : shown->viewport()->children()) {
            if (const QVariant key = editor->property(startKeyProperty);
                key.isValid() && key.toLongLong() == oldKey)
                editor->setProperty(startKeyProperty, newKey);
        }
    }
}

void CellDelegate::destroyEditor(QWidget *editor, const QModelIndex &index) const
{
    const QVariant key = editor->property(startKeyProperty);
    // The view's model, not index.model(): the index is invalid when the row went away meanwhile.
    if (auto *model = m_view ? qobject_cast<TableModel *>(m_view->model()) : nullptr;
        model && key.isValid())
        model->endCellEdit(key.toLongLong(), editor->property(startColumnProperty).toInt());
    QStyledItemDelegate::destroyEditor(editor, index);
}

bool CellDelegate::eventFilter(QObject *object, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *editor = qobject_cast<QWidget *>(object);
        const int key = static_cast<QKeyEvent *>(event)->key();
        const bool leaves = key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab
                            || key == Qt::Key_Backtab;
        if (editor && leaves && isChanged(editor)) { // a line edit or a foreign-key choice
            const QString problem = problemWith(editor);
            if (!problem.isEmpty()) {
                showNote(editor, problem, true); // the editor stays open
                return true;
            }
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

QString CellDelegate::problemWith(const QWidget *editor, QVariant *stored)
{
    const auto kind = ColumnKind(editor->property(kindProperty).toInt());
    const bool keepText = editor->property(keepTextProperty).toBool();
    const auto *lookup = qobject_cast<const ForeignKeyCombo *>(editor);
    const auto *edit = qobject_cast<const QLineEdit *>(editor);
    const ColumnValues::Parsed parsed
        = lookup ? lookup->input(kind, keepText)
                 : ColumnValues::fromText(kind, edit ? edit->text() : QString(), keepText);
    if (stored)
        *stored = parsed.stored;
    return parsed.problem;
}

bool CellDelegate::isChanged(const QWidget *editor)
{
    if (const auto *lookup = qobject_cast<const ForeignKeyCombo *>(editor))
        return lookup->isChanged();
    const auto *edit = qobject_cast<const QLineEdit *>(editor);
    return edit && edit->isModified();
}

void CellDelegate::reopenRejected()
{
    if (!m_rejected.index.isValid() || !m_view) {
        m_rejected = {};
        return;
    }
    const QModelIndex index = m_rejected.index;
    m_view->setCurrentIndex(index);
    m_view->edit(index);
    if (m_rejected.index.isValid()) // the view did not open an editor
        m_rejected = {};
}

void CellDelegate::showNote(QWidget *editor, const QString &text, bool isProblem)
{
    // A label below the cell (above it near the bottom), in the viewport beside the editor.
    QWidget *viewport = editor->parentWidget();
    QLabel *note = noteOf(editor);
    if (!note) {
        note = new QLabel(viewport);
        editor->setProperty(noteProperty, QVariant::fromValue<QObject *>(note));
        note->setObjectName(noteName);
        note->setWordWrap(true);
        note->setMargin(4);
        connect(editor, &QObject::destroyed, note, &QObject::deleteLater);
    }
    note->setProperty("isProblem", isProblem);
    // The theme's colours at the time the note shows; a note lives as long as its editor.
    const Theme::Tone tone = isProblem ? Theme::Tone::Error : Theme::Tone::Warning;
    QPalette tinted = viewport->palette();
    tinted.setColor(QPalette::Base, Theme::tint(tone, viewport->palette()));
    tinted.setColor(QPalette::Window, tinted.color(QPalette::Base));
    const QColor ink = Theme::text(tone, tinted);
    note->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %2; }")
            .arg(tinted.color(QPalette::Base).name(), ink.name()));
    note->setText(text);
    const QRect cell = editor->geometry();
    const int width = std::min(std::max(cell.width(), 320), viewport->width());
    note->setFixedWidth(width);
    note->adjustSize();
    const int x = std::clamp(cell.left(), 0, std::max(0, viewport->width() - width));
    const int y = cell.bottom() + note->height() < viewport->height()
                      ? cell.bottom() + 1
                      : std::max(0, cell.top() - note->height());
    note->move(x, y);
    note->show();
    note->raise();
    editor->setToolTip(text);
}

} // namespace rowbook
