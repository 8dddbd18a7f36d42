#include "fieldeditor.h"

#include "columnvalues.h"
#include "datepicker.h"
#include "foreignkeycombo.h"
#include "themecontroller.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>
#include <utility>

namespace rowbook {
namespace {

// The text of a multi-line editor as typed: QPlainTextEdit::toPlainText() would turn no-break
// spaces into spaces. Its paragraph and line separators (Enter, Shift+Enter) are line breaks.
QString typedText(const QPlainTextEdit *edit)
{
    QString text = edit->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    return text;
}

// Whether a multi-line editor shows `value` and gives it back as it is: it has line breaks, and
// none that the editor would change (a carriage return, Unicode's own separators).
bool editedInLines(const QVariant &value)
{
    if (value.typeId() != QMetaType::QString)
        return false;
    const QString text = value.toString();
    return text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'))
           && !text.contains(QChar::ParagraphSeparator) && !text.contains(QChar::LineSeparator);
}

} // namespace

FieldEditor::FieldEditor(const ColumnInfo &column, QWidget *parent)
    : QWidget(parent)
    , m_column(column)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    layout->addLayout(row);
    m_editor = createEditor(column);
    setObjectName(QStringLiteral("field:") + column.name);
    m_editor->setObjectName(QStringLiteral("editor:") + column.name);
    row->addWidget(m_editor, 1);

    m_nullButton = new QToolButton(this);
    m_nullButton->setObjectName(QStringLiteral("null:") + column.name);
    m_nullButton->setText(tr("NULL"));
    m_nullButton->setCheckable(true);
    m_nullButton->setToolTip(column.notNull ? tr("This column requires a value.")
                             : column.kind == ColumnKind::Blob
                                 ? tr("A binary value is set to NULL in the grid (Delete) "
                                      "and replaced in the Cell Editor (Import…).")
                                 : tr("Set this field to NULL (no value)."));
    m_nullButton->setEnabled(!column.notNull && column.kind != ColumnKind::Blob);
    connect(m_nullButton, &QToolButton::clicked, this, [this](bool checked) {
        setNull(checked);
        m_problem.clear();
        updateNote();
        m_dirty = true;
        Q_EMIT committed();
    });
    row->addWidget(m_nullButton, 0, Qt::AlignTop);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("note:") + column.name);
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);
    setFocusProxy(m_editor);
}

FieldEditor::~FieldEditor()
{
    // ~QWidget() takes the focus from the editor, whose focus-out then finishes the edit
    // (editingFinished): that must not reach this field, already destroyed but for its QWidget.
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
}

QWidget *FieldEditor::createEditor(const ColumnInfo &column)
{
    switch (column.kind) {
    case ColumnKind::Boolean: {
        auto *box = new QCheckBox(this);
        connect(box, &QCheckBox::toggled, this, [this] {
            userChanged();
            commitIfDirty();
        });
        return box;
    }
    case ColumnKind::LongText:
        return createLinesEditor();
    case ColumnKind::Blob: {
        auto *label = new QLabel(this);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    }
    default:
        return createLineEditor();
    }
}

QWidget *FieldEditor::createLinesEditor()
{
    auto *edit = new QPlainTextEdit(this);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 4);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 8);
    edit->installEventFilter(this);
    connect(edit, &QPlainTextEdit::textChanged, this, &FieldEditor::userChanged);
    return edit;
}

QWidget *FieldEditor::createLineEditor()
{
    // Numbers and dates too: what is typed is checked when the field is left, so nothing
    // typed is swallowed without a word.
    auto *edit = new QLineEdit(this);
    // A text longer than QLineEdit's default 32,767 characters would be cut at that length
    // and saved so at the first keystroke.
    edit->setMaxLength(std::numeric_limits<int>::max());
    if (m_column.kind == ColumnKind::Date || m_column.kind == ColumnKind::DateTime) {
        new DatePicker(edit, m_column.kind == ColumnKind::DateTime);
        edit->setMinimumWidth(DatePicker::widthFor(edit)); // a narrow form wraps the row
    }
    connect(edit, &QLineEdit::textEdited, this, &FieldEditor::userChanged);
    connect(edit, &QLineEdit::editingFinished, this, &FieldEditor::commitIfDirty);
    edit->installEventFilter(this); // Shift+Enter: breakLine()
    return edit;
}

void FieldEditor::fitLines(const QVariant &value)
{
    // NULL (or a value still being read) keeps the editor there is: no jump in height.
    if ((m_column.kind != ColumnKind::Text && m_column.kind != ColumnKind::Any) || lookup()
        || value.isNull())
        return;
    const bool lines = editedInLines(value);
    if (lines == (qobject_cast<QPlainTextEdit *>(m_editor) != nullptr))
        return;
    // Not under the user's cursor for the value they just saved from this very field (it comes
    // back while they are still in it); another value (a jump to another row) swaps it, and the
    // cursor goes to the new editor. The window's focus widget, as it may be inactive.
    const bool focused = m_editor == m_editor->window()->focusWidget();
    if (focused && value.toString() == shownText())
        return;
    replaceEditor(lines ? createLinesEditor() : createLineEditor());
    if (focused)
        m_editor->setFocus();
}

QString FieldEditor::shownText() const
{
    if (auto *edit = qobject_cast<const QPlainTextEdit *>(m_editor))
        return typedText(edit);
    if (auto *edit = qobject_cast<const QLineEdit *>(m_editor))
        return edit->text();
    return {};
}

void FieldEditor::replaceEditor(QWidget *replacement)
{
    replacement->setObjectName(m_editor->objectName());
    QWidget::setTabOrder(m_editor, replacement); // where the old one was in the Tab order
    disconnect(m_editor, nullptr, this, nullptr);
    m_editor->removeEventFilter(this);
    delete layout()->replaceWidget(m_editor, replacement); // the old item is ours to delete
    replacement->setVisible(!m_editor->isHidden());
    m_editor->hide();
    m_editor->deleteLater();
    m_editor = replacement;
    setFocusProxy(replacement);
    applyReadOnly();
}

bool FieldEditor::breakLine(const QKeyEvent *key)
{
    auto *line = qobject_cast<QLineEdit *>(m_editor);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (!line || !enter || !(key->modifiers() & Qt::ShiftModifier) || m_readOnly || m_tooLong
        || (m_column.kind != ColumnKind::Text && m_column.kind != ColumnKind::Any) || lookup())
        return false;
    QString text = line->text();
    int at = line->cursorPosition();
    if (line->hasSelectedText()) {
        at = line->selectionStart();
        text.remove(at, line->selectedText().size());
    }
    text.insert(at, QLatin1Char('\n'));
    replaceEditor(createLinesEditor());
    auto *lines = qobject_cast<QPlainTextEdit *>(m_editor);
    lines->setPlainText(text); // the user's edit: userChanged() marks the field changed
    QTextCursor cursor = lines->textCursor();
    cursor.setPosition(at + 1);
    lines->setTextCursor(cursor);
    lines->setFocus();
    return true;
}

bool FieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor) {
        // A one-line edit finishes with editingFinished; the multi-line one when it is left.
        if (event->type() == QEvent::FocusOut && qobject_cast<QPlainTextEdit *>(m_editor))
            commitIfDirty();
        else if (event->type() == QEvent::KeyPress && breakLine(static_cast<QKeyEvent *>(event)))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FieldEditor::userChanged()
{
    if (m_updating)
        return;
    if (!std::exchange(m_dirty, true))
        Q_EMIT editingStarted();
    if (m_nullButton->isChecked())
        setNull(false); // typing a value ends NULL
    if (!m_problem.isEmpty()) {
        m_problem.clear(); // the user is correcting it
        updateNote();
    }
}

void FieldEditor::commitIfDirty()
{
    if (m_dirty)
        Q_EMIT committed();
}

bool FieldEditor::isNull() const
{
    return m_nullButton->isChecked();
}

void FieldEditor::setNull(bool null)
{
    m_nullButton->setChecked(null);
    // Pressed, in the selection's colours: the style's pressed grey is hard to tell from the
    // raised one in the dark theme.
    if (null)
        Themed::setSelectedButton(m_nullButton);
    else
        Themed::clear(m_nullButton);
    // NULL is in italics, as in the grid and the console: apart from the text "NULL" (in a
    // choice of parent rows, in its field only, not its list).
    auto *lookup = qobject_cast<ForeignKeyCombo *>(m_editor);
    QWidget *shown = lookup ? static_cast<QWidget *>(lookup->lineEdit()) : m_editor;
    if (QFont font = shown->font(); font.italic() != null) {
        font.setItalic(null);
        shown->setFont(font);
    }
    if (auto *edit = qobject_cast<QLineEdit *>(m_editor)) {
        if (null) // setText(), not clear(): nothing for Ctrl+Z to bring back (another row's text)
            edit->setText(QString());
        const bool dated
            = m_column.kind == ColumnKind::Date || m_column.kind == ColumnKind::DateTime;
        edit->setPlaceholderText(null                                ? tr("NULL")
                                 : !dated                            ? QString()
                                 : m_column.kind == ColumnKind::Date ? tr("yyyy-MM-dd")
                                                                     : tr("yyyy-MM-dd HH:mm:ss"));
    }
    if (lookup && null) {
        const bool updating = std::exchange(m_updating, true);
        lookup->setKey({});
        m_updating = updating;
    }
    if (auto *edit = qobject_cast<QPlainTextEdit *>(m_editor)) {
        if (null) {
            const bool updating = m_updating;
            m_updating = true;
            edit->clear();
            m_updating = updating;
        }
        edit->setPlaceholderText(null ? tr("NULL") : QString());
    }
}

QVariant FieldEditor::value() const
{
    if (isNull())
        return {};
    if (auto *lookup = qobject_cast<ForeignKeyCombo *>(m_editor))
        return lookup->key();
    if (auto *box = qobject_cast<QCheckBox *>(m_editor))
        return box->isChecked();
    if (auto *edit = qobject_cast<QPlainTextEdit *>(m_editor))
        return typedText(edit);
    if (auto *edit = qobject_cast<QLineEdit *>(m_editor))
        return edit->text();
    return {};
}

bool FieldEditor::takeInput(QVariant *stored)
{
    if (isNull()) {
        *stored = QVariant();
        return true;
    }
    ColumnValues::Parsed parsed;
    if (auto *lookup = qobject_cast<ForeignKeyCombo *>(m_editor)) {
        parsed = lookup->input(m_column.kind, m_keepText);
    } else if (auto *box = qobject_cast<QCheckBox *>(m_editor)) {
        *stored = box->isChecked() ? 1 : 0;
        return true;
    } else if (auto *edit = qobject_cast<QPlainTextEdit *>(m_editor)) {
        *stored = typedText(edit);
        return true;
    } else if (auto *edit = qobject_cast<QLineEdit *>(m_editor)) {
        parsed = ColumnValues::fromText(m_column.kind, edit->text(), m_keepText);
    } else {
        return false;
    }
    m_problem = parsed.problem;
    updateNote();
    *stored = parsed.stored;
    return parsed.ok();
}

ForeignKeyCombo *FieldEditor::lookup() const
{
    return qobject_cast<ForeignKeyCombo *>(m_editor);
}

void FieldEditor::markClean()
{
    m_dirty = false;
    m_problem.clear();
    updateNote();
}

QString FieldEditor::discardRejected()
{
    if (m_problem.isEmpty())
        return {};
    const QString input = value().toString();
    markClean();
    return input;
}

void FieldEditor::setValue(const QVariant &value)
{
    if (m_dirty && (m_editor->hasFocus() || !m_problem.isEmpty()))
        return; // the user is typing here, or left input that does not fit: keep it
    m_dirty = false;
    m_updating = true;
    showValue(value);
    m_updating = false;
}

void FieldEditor::showPending()
{
    if (m_dirty && (m_editor->hasFocus() || !m_problem.isEmpty()))
        return;
    m_dirty = false;
    m_updating = true;
    showValue(QVariant());
    m_nullButton->setChecked(false);
    Themed::clear(m_nullButton); // not NULL: not pressed-looking either
    const QString reading = tr("Reading…");
    if (auto *edit = qobject_cast<QLineEdit *>(m_editor))
        edit->setPlaceholderText(reading);
    else if (auto *edit = qobject_cast<QPlainTextEdit *>(m_editor))
        edit->setPlaceholderText(reading);
    else if (auto *label = qobject_cast<QLabel *>(m_editor))
        label->setText(reading);
    else if (auto *box = qobject_cast<QCheckBox *>(m_editor))
        box->setText(reading);
    else if (auto *lookup = qobject_cast<ForeignKeyCombo *>(m_editor))
        lookup->setPlaceholder(reading);
    m_pending = true;
    m_updating = false;
}

void FieldEditor::showValue(const QVariant &stored)
{
    // Text (or bytes in a text column) of megabytes: its start, read-only. A label (a BLOB
    // column's) is never edited and shortens what it shows itself.
    const bool textual
        = (stored.typeId() == QMetaType::QString || stored.typeId() == QMetaType::QByteArray)
          && !qobject_cast<QLabel *>(m_editor);
    const QString whole = textual ? stored.toString() : QString();
    const qsizetype shown = ColumnValues::editableLength(
        whole, m_column.kind == ColumnKind::LongText || whole.contains(QLatin1Char('\n')));
    if (const bool tooLong = shown < whole.size(); tooLong != m_tooLong) {
        m_tooLong = tooLong;
        applyReadOnly();
    }
    const QVariant value = m_tooLong ? QVariant(ColumnValues::shortened(whole, shown)) : stored;
    fitLines(value);
    const bool null = value.isNull();
    setNull(null);
    m_hint = ColumnValues::textHint(m_column.kind, value);
    m_keepText = !m_hint.isEmpty();
    if (m_tooLong)
        m_hint = ColumnValues::tooLongToEdit(whole.size(), shown);
    m_problem.clear();
    m_pending = false;
    if (auto *lookup = qobject_cast<ForeignKeyCombo *>(m_editor)) {
        lookup->setPlaceholder(QString());
        lookup->setKey(value);
    } else if (auto *box = qobject_cast<QCheckBox *>(m_editor)) {
        box->setText(QString());
        box->setChecked(!null && value.toBool());
    } else if (auto *edit = qobject_cast<QPlainTextEdit *>(m_editor)) {
        if (typedText(edit) != value.toString())
            edit->setPlainText(value.toString());
    } else if (auto *edit = qobject_cast<QLineEdit *>(m_editor)) {
        // The value the user just saved from here comes back: the caret stays where it is, so
        // typing goes on there. Another value is shown from its start (the user's caret, if
        // they are in the field, at its end).
        // Set again otherwise: that also ends the edit's undo steps (Ctrl+Z in a NULL field
        // would bring back the last row's text).
        if (const QString text = ColumnValues::editText(value);
            text != edit->text() || !edit->hasFocus()) {
            edit->setText(text);
            edit->setCursorPosition(edit->hasFocus() ? int(text.size()) : 0);
        }
    } else if (auto *label = qobject_cast<QLabel *>(m_editor)) {
        if (null) // muted, like the placeholder of the other fields
            Themed::setTextTone(label, Theme::Tone::Muted);
        else
            Themed::clear(label);
        // A BLOB column may hold text or a number too (SQLite stores what it is given): shown
        // as the grid shows it, not as bytes.
        label->setText(null ? tr("NULL")
                       : value.typeId() == QMetaType::QByteArray
                           ? ColumnValues::binaryText(value.toByteArray().size())
                           : ColumnValues::shortened(ColumnValues::editText(value)));
    }
    updateNote();
}

void FieldEditor::updateNote()
{
    const bool problem = !m_problem.isEmpty();
    m_note->setText(problem ? m_problem : m_hint);
    Themed::setTextTone(m_note, problem ? Theme::Tone::Error : Theme::Tone::Warning);
    m_note->setVisible(!m_note->text().isEmpty());
}

void FieldEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    applyReadOnly();
}

void FieldEditor::applyReadOnly()
{
    const bool readOnly = m_readOnly || m_tooLong;
    if (auto *edit = qobject_cast<QLineEdit *>(m_editor)) {
        edit->setReadOnly(readOnly);
        if (QAction *pick = edit->findChild<QAction *>(QStringLiteral("pickDate")))
            pick->setVisible(!readOnly);
    } else if (auto *edit = qobject_cast<QPlainTextEdit *>(m_editor)) {
        edit->setReadOnly(readOnly);
    } else {
        m_editor->setEnabled(!readOnly);
    }
    // Read-only fields look it: the window's background instead of a text field's.
    if (readOnly)
        Themed::setWindowBase(m_editor);
    else
        Themed::clear(m_editor);
    m_nullButton->setEnabled(!readOnly && !m_column.notNull && m_column.kind != ColumnKind::Blob);
}

void FieldEditor::setLookup(ForeignKeyCombo *lookup)
{
    lookup->setParent(this);
    lookup->setObjectName(m_editor->objectName());
    delete layout()->replaceWidget(m_editor, lookup); // the old item is ours to delete
    m_editor->hide();
    m_editor->deleteLater();
    m_editor = lookup;
    setFocusProxy(lookup);
    connect(lookup, &QComboBox::editTextChanged, this, &FieldEditor::userChanged);
    connect(lookup, &QComboBox::activated, this, &FieldEditor::committed);
    connect(lookup->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (m_dirty)
            Q_EMIT committed();
    });
    // Input refused while the rows were being read is judged again against them.
    connect(lookup, &ForeignKeyCombo::choicesRead, this, [this] {
        if (m_dirty && !m_problem.isEmpty())
            Q_EMIT committed();
    });
}

} // namespace rowbook
