#include "fieldeditor.h"

#include "foreignkeycombo.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QToolButton>

#include <utility>

namespace rowbook {

FieldEditor::FieldEditor(const ColumnInfo &column, QWidget *parent)
    : QWidget(parent)
    , m_column(column)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    switch (column.kind) {
    case ColumnKind::Boolean: {
        auto *box = new QCheckBox(this);
        connect(box, &QCheckBox::toggled, this, [this] { userChanged(); Q_EMIT committed(); });
        m_editor = box;
        break;
    }
    case ColumnKind::Date: {
        auto *edit = new QDateEdit(this);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, &FieldEditor::userChanged);
        connect(edit, &QDateEdit::editingFinished, this, &FieldEditor::committed);
        m_editor = edit;
        break;
    }
    case ColumnKind::DateTime: {
        auto *edit = new QDateTimeEdit(this);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &FieldEditor::userChanged);
        connect(edit, &QDateTimeEdit::editingFinished, this, &FieldEditor::committed);
        m_editor = edit;
        break;
    }
    case ColumnKind::LongText: {
        auto *edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 4);
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 8);
        edit->installEventFilter(this);
        connect(edit, &QPlainTextEdit::textChanged, this, &FieldEditor::userChanged);
        m_editor = edit;
        break;
    }
    case ColumnKind::Blob: {
        auto *label = new QLabel(this);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_editor = label;
        break;
    }
    default: {
        auto *edit = new QLineEdit(this);
        if (column.kind == ColumnKind::Integer)
            edit->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("\\s*[-+]?\\d*\\s*")), edit));
        else if (column.kind == ColumnKind::Real)
            edit->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("\\s*[-+]?(\\d+[.,]?\\d*|[.,]\\d+)?([eE][-+]?\\d+)?\\s*")),
                edit));
        connect(edit, &QLineEdit::textEdited, this, &FieldEditor::userChanged);
        connect(edit, &QLineEdit::editingFinished, this, &FieldEditor::committed);
        m_editor = edit;
        break;
    }
    }
    setObjectName(QStringLiteral("field:") + column.name);
    m_editor->setObjectName(QStringLiteral("editor:") + column.name);
    layout->addWidget(m_editor, 1);

    m_nullButton = new QToolButton(this);
    m_nullButton->setObjectName(QStringLiteral("null:") + column.name);
    m_nullButton->setText(tr("NULL"));
    m_nullButton->setCheckable(true);
    m_nullButton->setToolTip(column.notNull ? tr("This column requires a value.")
                                            : tr("Set this field to NULL (no value)."));
    m_nullButton->setEnabled(!column.notNull && column.kind != ColumnKind::Blob);
    connect(m_nullButton, &QToolButton::clicked, this, [this](bool checked) {
        setNull(checked);
        m_dirty = true;
        Q_EMIT committed();
    });
    layout->addWidget(m_nullButton, 0, Qt::AlignTop);
    setFocusProxy(m_editor);
}

bool FieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::FocusOut && m_dirty)
        Q_EMIT committed();
    return QWidget::eventFilter(watched, event);
}

void FieldEditor::userChanged()
{
    if (m_updating)
        return;
    m_dirty = true;
    if (m_nullButton->isChecked())
        setNull(false); // typing a value ends NULL
}

bool FieldEditor::isNull() const
{
    return m_nullButton->isChecked();
}

void FieldEditor::setNull(bool null)
{
    m_nullButton->setChecked(null);
    if (auto *edit = qobject_cast<QLineEdit *>(m_editor); edit && null)
        edit->clear();
    if (auto *edit = qobject_cast<QLineEdit *>(m_editor))
        edit->setPlaceholderText(null ? tr("NULL") : QString());
    if (auto *lookup = qobject_cast<ForeignKeyCombo *>(m_editor); lookup && null) {
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
    if (auto *edit = qobject_cast<QDateTimeEdit *>(m_editor)) {
        if (m_column.kind == ColumnKind::Date)
            return edit->date();
        return edit->dateTime();
    }
    if (auto *edit = qobject_cast<QPlainTextEdit *>(m_editor))
        return edit->toPlainText();
    if (auto *edit = qobject_cast<QLineEdit *>(m_editor))
        return edit->text();
    return {};
}

void FieldEditor::setValue(const QVariant &value)
{
    if (m_dirty && m_editor->hasFocus())
        return; // the user is typing here: a save elsewhere in the row must not undo it
    m_dirty = false;
    m_updating = true;
    showValue(value);
    m_updating = false;
}

void FieldEditor::showValue(const QVariant &value)
{
    const bool null = value.isNull();
    setNull(null);
    if (auto *lookup = qobject_cast<ForeignKeyCombo *>(m_editor)) {
        lookup->setKey(value);
    } else if (auto *box = qobject_cast<QCheckBox *>(m_editor)) {
        box->setChecked(!null && value.toBool());
    } else if (auto *edit = qobject_cast<QDateTimeEdit *>(m_editor)) {
        if (m_column.kind == ColumnKind::Date)
            edit->setDate(value.toDate().isValid() ? value.toDate() : QDate::currentDate());
        else
            edit->setDateTime(value.toDateTime().isValid() ? value.toDateTime() : QDateTime::currentDateTime());
    } else if (auto *edit = qobject_cast<QPlainTextEdit *>(m_editor)) {
        if (edit->toPlainText() != value.toString())
            edit->setPlainText(value.toString());
    } else if (auto *edit = qobject_cast<QLineEdit *>(m_editor)) {
        edit->setText(value.typeId() == QMetaType::Double ? QString::number(value.toDouble(), 'g', 15)
                                                           : value.toString());
        edit->setCursorPosition(0);
    } else if (auto *label = qobject_cast<QLabel *>(m_editor)) {
        label->setText(null ? tr("NULL") : tr("Binary data, %1 bytes").arg(value.toByteArray().size()));
    }
}

void FieldEditor::setReadOnly(bool readOnly)
{
    if (auto *edit = qobject_cast<QLineEdit *>(m_editor))
        edit->setReadOnly(readOnly);
    else if (auto *edit = qobject_cast<QPlainTextEdit *>(m_editor))
        edit->setReadOnly(readOnly);
    else if (auto *edit = qobject_cast<QDateTimeEdit *>(m_editor))
        edit->setReadOnly(readOnly);
    else
        m_editor->setEnabled(!readOnly);
    m_nullButton->setEnabled(!readOnly && !m_column.notNull && m_column.kind != ColumnKind::Blob);
}

void FieldEditor::setLookup(ForeignKeyCombo *lookup)
{
    lookup->setParent(this);
    lookup->setObjectName(m_editor->objectName());
    layout()->replaceWidget(m_editor, lookup);
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
}

} // namespace rowbook
