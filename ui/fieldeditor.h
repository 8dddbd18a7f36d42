#pragma once

#include "catalog.h"

#include <QVariant>
#include <QWidget>

class QKeyEvent;
class QLabel;
class QToolButton;

namespace rowbook {

class ForeignKeyCombo;

// One column's editor in the form: a widget chosen from the declared type, a NULL toggle and a
// note below it. Its user property `value` is what QDataWidgetMapper writes (the model's value;
// NULL is an invalid QVariant). A field the user did not change writes nothing; a value the
// column's editor cannot represent is edited as text with a note saying so; typed input that
// does not fit stays in the field with the reason below it. A value of several lines in a text
// column (TEXT, VARCHAR(n), no type) is edited in several lines; Shift+Enter in a one-line value
// breaks its line.
class FieldEditor : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QVariant value READ value WRITE setValue USER true)
public:
    explicit FieldEditor(const ColumnInfo &column, QWidget *parent = nullptr);
    ~FieldEditor() override;
    Q_DISABLE_COPY_MOVE(FieldEditor)

    QVariant value() const;
    // Shows a value from the model, unless the user is in the middle of changing this field or
    // left input in it that does not fit.
    void setValue(const QVariant &value);
    // Shows that the row's value is being read (not NULL, not a value): a field left blank,
    // until setValue() brings the value. Input the user is typing stays, as with setValue().
    // A check box and a foreign-key choice say "Reading…" too. What the user types into a
    // pending field stays when the value comes (it is their edit of the value read then).
    void showPending();
    bool isPending() const { return m_pending; }
    void setReadOnly(bool readOnly);
    // Edits a foreign-key column with `lookup` instead of a line edit (takes ownership).
    void setLookup(ForeignKeyCombo *lookup);
    bool isNull() const;
    QWidget *editor() const { return m_editor; }
    // The foreign-key choice the field edits with (setLookup()), nullptr when there is none.
    ForeignKeyCombo *lookup() const;
    // Whether input is kept as text for the value shown (it is no value of the column's kind).
    bool keepsText() const { return m_keepText; }
    const ColumnInfo &column() const { return m_column; }
    // True when the user changed the field since it last showed the model's value.
    bool isDirty() const { return m_dirty; }
    // What to store for the user's input; false when it does not fit the column (the reason is
    // shown below the field, and the input stays).
    bool takeInput(QVariant *stored);
    // The reason the input does not fit, while it is shown.
    QString problem() const { return m_problem; }
    // Forgets that the user changed the field (after the change was handed to the model).
    void markClean();
    // Drops input that does not fit (another row is shown); returns that input, if any.
    QString discardRejected();

Q_SIGNALS:
    // The user began changing the value shown (what the edit starts from, see
    // TableModel::beginCellEdit()).
    void editingStarted();
    // The user finished changing the value: time to hand it to the model.
    void committed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createEditor(const ColumnInfo &column);
    QWidget *createLineEditor();
    QWidget *createLinesEditor();
    // A text column's value of several lines is edited in several lines, and a one-line value
    // in one: the editor changes with the value shown, but not under the user's cursor for the
    // value they have just saved from it.
    void fitLines(const QVariant &value);
    QString shownText() const; // a text editor's text, as typed
    // Puts `replacement` where the editor is (its name, Tab place, read-only state).
    void replaceEditor(QWidget *replacement);
    // Shift+Enter in a text column's one-line edit: a line break, in a multi-line editor.
    bool breakLine(const QKeyEvent *key);
    void setNull(bool null);
    void userChanged();
    void commitIfDirty();
    void showValue(const QVariant &value);
    void updateNote();
    // Read-only as the form says (setReadOnly()), or while the value is too long to edit here.
    void applyReadOnly();

    ColumnInfo m_column;
    QWidget *m_editor = nullptr;
    QToolButton *m_nullButton = nullptr;
    QLabel *m_note = nullptr;
    QString m_hint;    // why the value is edited as text
    QString m_problem; // why the input does not fit
    bool m_keepText = false;
    bool m_dirty = false;
    bool m_updating = false;
    bool m_pending = false; // showPending() until a value is shown
    bool m_readOnly = false;
    // The value has more than ColumnValues::editedChars characters: shown shortened and
    // read-only (laying out megabytes in a field would hold the window for seconds).
    bool m_tooLong = false;
};

} // namespace rowbook
