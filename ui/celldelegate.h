#pragma once

#include "celltext.h"

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

class QAbstractItemView;
class QLineEdit;

namespace rowbook {

// Cell editors chosen from the column's kind (TableModel::KindRole): line edits that check what
// was typed against the column (numbers, dates with a calendar, date-times), a check box for
// booleans. An editor the user did not change writes nothing, so a NULL stays NULL and a value in
// another format is never rewritten. A value the column's editor cannot represent is edited as
// text, with a note saying so. Input that does not fit keeps the editor open with the reason
// below it, until it is corrected or Escape takes it back. An open editor keeps the value it
// opened with while another program changes the cell (the edit then comes back as a conflict).
class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit CellDelegate(QAbstractItemView *view);

    // As QStyledItemDelegate paints, with the text's layout cached (CellText).
    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    // Texts the grid's paints laid out (CellText::layouts()).
    int textLayouts() const { return m_text.layouts(); }

    QWidget *createEditor(QWidget *parent,
                          const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor,
                      QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    // A date editor is at least as wide as its value and the calendar button (DatePicker::
    // widthFor), however narrow the column; it stays inside the viewport.
    void updateEditorGeometry(QWidget *editor,
                              const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
    void destroyEditor(QWidget *editor, const QModelIndex &index) const override;
    // Hands what `editor` holds to the model while it stays open (Save Now, the window moving
    // its row away): input that does not fit shows its note in the editor and is not written;
    // input that is written counts as unchanged from then on, so closing the editor writes it
    // only if it is changed again (after an Undo meanwhile, it is not written back).
    void commitKeepingOpen(QWidget *editor);
    // The open editors of `view` and of the views that are its children (a frozen view) that
    // began on the row keyed `oldKey` go on under `newKey`: a new row saved while its cell was
    // being edited (TableModel::rowKeyChanged).
    static void rekeyEditors(QAbstractItemView *view, qint64 oldKey, qint64 newKey);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    // What the editor's text (a line edit's, or a foreign-key choice's) means for its column;
    // the problem is empty when it fits.
    static QString problemWith(const QWidget *editor, QVariant *stored = nullptr);
    // Whether the user changed what the editor showed.
    static bool isChanged(const QWidget *editor);
    static void showNote(QWidget *editor, const QString &text, bool isProblem);
    void reopenRejected();

    QAbstractItemView *m_view;
    // Input that did not fit when the editor closed anyway (the user clicked elsewhere): the
    // editor opens again on that cell with it.
    struct Rejected
    {
        QPersistentModelIndex index;
        QString text;
        QString problem;
    };
    mutable Rejected m_rejected;
    bool m_keepingOpen = false; // in commitKeepingOpen()
    mutable CellText m_text;
};

} // namespace rowbook
