#include "recordform.h"

#include "conflictpanel.h"
#include "fieldeditor.h"
#include "foreignkeycombo.h"
#include "foreignkeys.h"
#include "plurals.h"
#include "tablemodel.h"
#include "themecontroller.h"
#include "undohistory.h"

#include <QApplication>
#include <QDataWidgetMapper>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStringList>
#include <QStyle>
#include <QVBoxLayout>

namespace rowbook {

RecordForm::RecordForm(QWidget *parent)
    : QWidget(parent)
    , m_mapper(new QDataWidgetMapper(this))
    , m_title(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_conflicts(new ConflictPanel(this))
    , m_pages(new QStackedWidget(this))
    , m_scroll(new QScrollArea)
    , m_fields(new QWidget)
    , m_layout(new QFormLayout)
{
    setObjectName(QStringLiteral("recordForm"));
    m_mapper->setSubmitPolicy(QDataWidgetMapper::ManualSubmit);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_problem->setWordWrap(true);
    Themed::setTextTone(m_problem, Theme::Tone::Error);
    m_problem->hide();
    m_notice->setObjectName(QStringLiteral("formNotice"));
    m_notice->setWordWrap(true);
    Themed::setTextTone(m_notice, Theme::Tone::Muted);
    m_notice->hide();
    // A long table name does not widen the form: it wraps where it can, and what has no place
    // to wrap is cut at the form's edge rather than pushing it wider (the tooltip has it all).
    m_title->setWordWrap(true);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setMinimumWidth(1);
    auto *fieldsLayout = new QVBoxLayout(m_fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addLayout(m_layout);
    fieldsLayout->addStretch(1); // fields keep their natural height at the top
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    // In a narrow form (the side pane of a 900-px window) fields go below their labels (see
    // updateWrapping()), instead of the form scrolling sideways and hiding the NULL buttons.
    m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_fields);
    m_fields->installEventFilter(this);
    auto *empty = new QLabel(tr("Select a row to edit it here."));
    empty->setObjectName(QStringLiteral("formEmpty"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    Themed::setTextTone(empty, Theme::Tone::Muted); // a hint, readable: not disabled text
    m_pages->addWidget(empty);
    m_pages->addWidget(m_scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 6, 2, 6); // narrow margins: the side pane has little room
    layout->addWidget(m_title);
    layout->addWidget(m_problem);
    layout->addWidget(m_notice);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_pages, 1);
}

RecordForm::~RecordForm()
{
    // Editors that lose focus while the window is destroyed must not submit into it.
    for (FieldEditor *editor : std::as_const(m_editors))
        disconnect(editor, nullptr, this, nullptr);
}

void RecordForm::setModel(TableModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_mapper->setModel(model);
    m_conflicts->setModel(model);
    if (model) {
        // The mapper would fill its fields from every dataChanged() over its row, outside a
        // paint: after another program's commit that read the row alone on the GUI thread (a
        // round trip on a server, 5 ms of each save's outcome on a million rows). The form
        // fills them itself, as the grid paints: see onDataChanged().
        disconnect(model, &QAbstractItemModel::dataChanged, m_mapper, nullptr);
        connect(model, &QAbstractItemModel::dataChanged, this, &RecordForm::onDataChanged);
        connect(model, &QAbstractItemModel::modelReset, this, &RecordForm::onModelReset);
        connect(model, &QAbstractItemModel::dataChanged, this, &RecordForm::updateTitle);
        connect(model, &QAbstractItemModel::dataChanged, this, &RecordForm::updateKeyFields);
        connect(model, &QAbstractItemModel::rowsInserted, this, &RecordForm::updateTitle);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &RecordForm::updateTitle);
        // The page the fields wait for could not be read (a lock, a lost server): the row is
        // read here once, as before there was a page to wait for, so they do not wait for ever.
        connect(model, &TableModel::loadFailed, this, [this] {
            if (m_model && m_mapper->currentIndex() == m_row && !m_model->isRowInMemory(m_row))
                m_mapper->revert();
        });
        // Queued: it may be emitted while the model resets (a list read on the GUI thread).
        connect(model, &TableModel::readOnlyChanged, this, &RecordForm::onReadOnlyChanged,
                Qt::QueuedConnection);
        connect(model, &TableModel::loadingChanged, this, [this](bool loading) {
            if (!loading)
                saveSetAside();
            updateTitle();
        });
        connect(model, &TableModel::rowKeyChanged, this, [this](qint64 oldKey, qint64 newKey) {
            for (SetAside &input : m_setAside) {
                if (input.key == oldKey)
                    input.key = newKey; // a new row left with input set aside was saved
            }
            for (qint64 &started : m_started) {
                if (started == oldKey)
                    started = newKey; // a field being edited on a new row that was saved
            }
        });
        // The row may leave the window: what was typed is written first, not dropped with it.
        connect(model, &TableModel::windowAboutToMove, this, &RecordForm::commitTyping);
    }
    rebuild();
}

void RecordForm::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const int row = m_mapper->currentIndex();
    if (!m_model || row < topLeft.row() || row > bottomRight.row())
        return;
    // A row another program's commit made stale shows as it was until its page comes (which
    // this read asks for), like the grid's cells.
    const TableModel::Painting noWaiting(m_model);
    for (FieldEditor *editor : std::as_const(m_editors)) {
        const int section = m_mapper->mappedSection(editor);
        if (section < topLeft.column() || section > bottomRight.column())
            continue;
        const QModelIndex index = m_model->index(row, section);
        const QVariant value = index.data(Qt::EditRole); // asks for the page if need be
        // A cell on its way keeps what the field shows until the page's dataChanged(): "Reading…"
        // already, or the row as it was (a new row just saved, read again for its key and
        // defaults: no flash of "Reading…" under the user's cursor).
        if (!m_model->isCellOnItsWay(index))
            editor->setValue(value); // what the mapper's own refill did (its "value" property)
    }
}

void RecordForm::onModelReset()
{
    if (m_editors.isEmpty() || m_model->tableGeneration() != m_builtGeneration
        || m_model->isReadOnly() != m_builtReadOnly) {
        rebuild();
        return;
    }
    // The same fields over new rows: an edit begun in one is over (the rows it was for are gone
    // from view), and no row is current until the view picks one.
    for (FieldEditor *editor : std::as_const(m_editors)) {
        setAside(editor);
        endEdit(editor);
    }
    setCurrentRow(-1);
}

// The table turned read-only while shown (another program gave a row a key the window cannot
// edit): the same fields, no longer editable, and the form says why.
void RecordForm::onReadOnlyChanged()
{
    if (!m_model || m_model->isReadOnly() == m_builtReadOnly)
        return;
    m_builtReadOnly = m_model->isReadOnly();
    const TableInfo &info = m_model->tableInfo();
    for (int c = 0; c < info.columns.size() && c < m_editors.size(); ++c)
        m_editors[c]->setReadOnly(m_builtReadOnly || info.isNumberedKey(c));
    // Why it is read-only now matters more than any older notice.
    m_dropped.clear();
    m_unsaved.clear();
    m_notice->clear();
    updateKeyFields();
    updateTitle();
}

void RecordForm::rebuild()
{
    for (const SetAside &input : std::as_const(m_setAside)) // the fields that would save them go
        m_unsaved << tr("“%1” was not saved in “%2”: the table changed before its rows were read.")
                         .arg(input.text, input.editor->column().name);
    m_setAside.clear();
    m_started.clear(); // the model forgot them too (a new table)
    m_mapper->clearMapping();
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_editors.clear();
    if (m_model) {
        m_builtGeneration = m_model->tableGeneration();
        m_builtReadOnly = m_model->isReadOnly();
        const TableInfo &info = m_model->tableInfo();
        // One catalog read for the table, not one per column (each is a round trip on a server).
        const QVector<ForeignKey> &keys = m_model->foreignKeys();
        for (int c = 0; c < info.columns.size(); ++c) {
            const ColumnInfo &column = info.columns[c];
            auto *editor = new FieldEditor(column);
            if (const ForeignKey key = ForeignKeys::find(keys, column.name); key.isValid()) {
                auto *lookup = new ForeignKeyCombo(m_model->database(), key);
                editor->setLookup(lookup);
                connect(lookup, &ForeignKeyCombo::choicesRead, this,
                        [this, editor] { rowsRead(editor); });
            }
            const bool editable = !m_model->isReadOnly() && !info.isNumberedKey(c);
            editor->setReadOnly(!editable);
            connect(editor, &FieldEditor::committed, this, [this, editor] { submit(editor); });
            connect(editor, &FieldEditor::editingStarted, this,
                    [this, editor] { startEdit(editor); });
            auto *label = new QLabel(column.name);
            label->setToolTip(m_model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
            label->setBuddy(editor);
            m_layout->addRow(label, editor);
            m_mapper->addMapping(editor, c, "value");
            m_editors << editor;
        }
    }
    updateMinimumWidth();
    updateWrapping();
    setCurrentRow(-1);
}

// The form is never narrower than its widest field (below its label) and the scroll bar: nothing
// is cut off, and there is nothing to scroll sideways to. Fields can grow after they were built
// (a foreign-key lookup fills its list), so this follows every layout change of the fields.
void RecordForm::updateMinimumWidth()
{
    QStyle *style = m_scroll->style();
    const int bar
        = style->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scroll)
          + (style->styleHint(QStyle::SH_ScrollView_FrameOnlyAroundContents, nullptr, m_scroll)
                 ? style->pixelMetric(QStyle::PM_ScrollView_ScrollBarSpacing, nullptr, m_scroll)
                 : 0);
    const int width = m_fields->minimumSizeHint().width() + std::max(0, bar);
    if (m_scroll->minimumWidth() != width)
        m_scroll->setMinimumWidth(width);
}

bool RecordForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_fields && event->type() == QEvent::LayoutRequest)
        updateMinimumWidth();
    return QWidget::eventFilter(watched, event);
}

void RecordForm::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateWrapping();
}

// Beside their labels, fields keep room for about 20 characters and the NULL button; in a
// narrower form every label
// goes above its field, so that the fields get the whole width (not only the long ones).
void RecordForm::updateWrapping()
{
    int labels = 0;
    for (int row = 0; row < m_layout->rowCount(); ++row) {
        if (QLayoutItem *item = m_layout->itemAt(row, QFormLayout::LabelRole);
            item && item->widget())
            labels = std::max(labels, item->widget()->sizeHint().width());
    }
    const QMargins margins = layout()->contentsMargins();
    const int available = width() - margins.left() - margins.right()
                          - m_scroll->verticalScrollBar()->sizeHint().width();
    const int field = fontMetrics().averageCharWidth() * 30; // with the NULL button
    const bool narrow
        = available
          < labels
                + style()->layoutSpacing(QSizePolicy::Label, QSizePolicy::LineEdit, Qt::Horizontal)
                + field;
    const auto policy = narrow ? QFormLayout::WrapAllRows : QFormLayout::WrapLongRows;
    if (m_layout->rowWrapPolicy() != policy)
        m_layout->setRowWrapPolicy(policy);
}

void RecordForm::setCurrentRow(int row)
{
    QStringList dropped;
    if (row != m_mapper->currentIndex()) {
        for (FieldEditor *editor : std::as_const(m_editors)) {
            setAside(editor);
            const QString input = editor->discardRejected();
            if (!input.isEmpty())
                dropped << tr("“%1” was not saved in “%2” because it does not fit the column.")
                               .arg(input, editor->column().name);
        }
    }
    if (row != m_mapper->currentIndex()) {
        for (FieldEditor *editor : std::as_const(m_editors))
            endEdit(editor);
    }
    m_dropped = dropped;
    updateNotice();
    if (m_model)
        m_model->setEditingRow(row);
    m_row = row;
    const auto hasRow = [this] {
        return m_model && m_row >= 0 && m_row < m_model->rowCount();
    };
    {
        // A row not in memory is not read here: its page is asked of the RowFetcher (the grid
        // is about to paint it too), and its fields are filled by onDataChanged() when the
        // page's dataChanged() comes. On a server a read here would be a round trip on the GUI
        // thread.
        const TableModel::Painting noWaiting(m_model);
        m_mapper->setCurrentIndex(row);
        if (m_model && m_mapper->currentIndex() == row) {
            for (FieldEditor *editor : std::as_const(m_editors)) {
                if (m_model->isCellOnItsWay(m_model->index(row, m_mapper->mappedSection(editor))))
                    editor->showPending();
            }
        }
    }
    updateKeyFields();
    if (hasRow()) {
        m_pages->setCurrentIndex(1);
    } else if (m_fields->isAncestorOf(QApplication::focusWidget())) {
        m_pages->setCurrentIndex(0); // no typing on into fields of no row
    } else {
        // Once the events of the moment are handled: a jump past the grid's window of rows
        // (Ctrl+End) leaves it no current row until it sets the new one, and hiding the fields
        // to show them again at once laid them all out twice (a third of the key's time).
        QMetaObject::invokeMethod(
            this,
            [this, hasRow] {
                if (!hasRow())
                    m_pages->setCurrentIndex(0);
            },
            Qt::QueuedConnection);
    }
    updateTitle();
}

// A typed key's columns (a mapped key, a server's integer key without a default) are typed into
// a new row only (TableModel::flags()): once its INSERT is saved they are read-only, in the form
// as in the grid.
void RecordForm::updateKeyFields()
{
    const int row = currentRow();
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    const TableInfo &info = m_model->tableInfo();
    if (!info.keysMapped && (info.keyColumn < 0 || info.keyNumbered))
        return;
    for (int c = 0; c < info.columns.size() && c < m_editors.size(); ++c) {
        if (info.isKeyPart(c))
            m_editors[c]->setReadOnly(
                !(m_model->flags(m_model->index(row, c)) & Qt::ItemIsEditable));
    }
}

int RecordForm::currentRow() const
{
    return m_mapper->currentIndex();
}

FieldEditor *RecordForm::editor(const QString &column) const
{
    for (FieldEditor *editor : m_editors) {
        if (editor->objectName() == QStringLiteral("field:") + column)
            return editor;
    }
    return nullptr;
}

void RecordForm::commitTyping()
{
    for (FieldEditor *editor : std::as_const(m_editors))
        submit(editor); // only a field the user changed is written
}

void RecordForm::submit(FieldEditor *editor)
{
    const int row = currentRow();
    if (!m_model || row < 0)
        return;
    if (!editor->isDirty())
        return; // the user did not change it: nothing to write
    // Input dropped from another row, or not saved there, is old news now.
    m_dropped.clear();
    m_unsaved.clear();
    updateNotice();
    QVariant stored;
    if (!editor->takeInput(&stored))
        return; // the field shows why, and keeps what was typed
    const int section = m_mapper->mappedSection(editor);
    if (const QString problem = m_model->keyValueProblem(section, stored); !problem.isEmpty()) {
        m_notice->setText(problem); // the field keeps what was typed
        m_notice->show();
        return;
    }
    const QModelIndex index = m_model->index(row, section);
    if (!m_model->readableForEdit({index}))
        return; // the status bar says why; the field keeps what was typed for the next try
    editor->markClean();
    const bool set = m_model->setData(index, stored, TableModel::StoredRole);
    endEdit(editor);
    if (!set)
        m_mapper->revert(); // not editable: show what is stored
}

// The value the field showed when the user began changing it is what the edit starts from:
// another program's change arriving while they type comes back as a conflict.
void RecordForm::startEdit(FieldEditor *editor)
{
    const int row = currentRow();
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    const qint64 key = m_model->keyAt(row);
    // Typing into the field of that row again replaces what was set aside for it.
    const auto superseded = [editor, key](const SetAside &input) {
        return input.editor == editor && input.key == key;
    };
    if (m_setAside.removeIf(superseded) > 0)
        updateNotice();
    m_model->beginCellEdit(m_model->index(row, m_mapper->mappedSection(editor)));
    m_started.insert(editor, key);
}

void RecordForm::endEdit(FieldEditor *editor)
{
    const auto started = m_started.constFind(editor);
    if (started == m_started.cend())
        return;
    if (m_model)
        m_model->endCellEdit(started.value(), m_mapper->mappedSection(editor));
    m_started.erase(started);
}

void RecordForm::updateTitle()
{
    const int row = currentRow();
    m_conflicts->setRow(row);
    if (!m_model || row < 0 || row >= m_model->rowCount()) {
        // Blank in a database without tables, and for a table without rows (the grid says so
        // and offers Add Row).
        const bool rows
            = m_model && m_model->tableInfo().isValid()
              && (m_model->rowCount() > 0 || m_model->isLoading() || m_model->isFiltered());
        if (auto *empty = qobject_cast<QLabel *>(m_pages->widget(0)))
            empty->setText(rows ? tr("Select a row to edit it here.") : QString());
        m_title->setText(m_model ? m_model->tableName() : QString());
        m_title->setToolTip(m_title->text());
        m_problem->hide();
        m_notice->setVisible(!m_notice->text().isEmpty());
        return;
    }
    const qint64 key = m_model->keyAt(row);
    m_title->setText(m_model->isNewKey(key) ? tr("%1 — new row").arg(m_model->tableName())
                                            : tr("%1 — row %2 of %3")
                                                  .arg(m_model->tableName())
                                                  .arg(formatCount(m_model->position(row) + 1),
                                                       formatCount(m_model->totalRows())));
    m_title->setToolTip(m_title->text());
    const QString problem = m_model->data(m_model->index(row, 0), TableModel::ErrorRole).toString();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (m_notice->text().isEmpty() && m_model->isReadOnly())
        m_notice->setText(m_model->tableInfo().isView
                              ? tr("This is a view, so its rows are read-only.")
                          : !m_model->readOnlyReason().isEmpty() ? m_model->readOnlyReason()
                                                                 : tr("This table is read-only."));
    m_notice->setVisible(!m_notice->text().isEmpty());
}

void RecordForm::setAside(FieldEditor *editor)
{
    const ForeignKeyCombo *lookup = editor->lookup();
    const auto started = m_started.constFind(editor);
    // While the rows are read, input() refuses only a name that may be among them.
    if (!lookup || !lookup->isReading() || !editor->isDirty() || editor->problem().isEmpty()
        || started == m_started.cend())
        return;
    SetAside input;
    input.editor = editor;
    input.key = started.value();
    input.text = lookup->currentText();
    input.keepText = editor->keepsText();
    if (!editor->isPending())
        input.expected = lookup->shownKey();
    input.notice = tr("“%1” will be saved in “%2” once the rows of “%3” have been read.")
                       .arg(input.text, editor->column().name, lookup->foreignKey().parentTable);
    editor->discardRejected();
    m_setAside << input;
}

void RecordForm::rowsRead(FieldEditor *editor)
{
    bool any = false;
    for (SetAside &input : m_setAside) {
        if (input.editor == editor)
            any = input.rowsRead = true;
    }
    if (any)
        saveSetAside();
}

void RecordForm::saveSetAside()
{
    if (!m_model || m_model->isLoading())
        return;
    bool any = false;
    for (int i = 0; i < m_setAside.size();) {
        if (!m_setAside.at(i).rowsRead) {
            ++i;
            continue;
        }
        const SetAside input = m_setAside.takeAt(i);
        any = true;
        const ColumnInfo &column = input.editor->column();
        const ColumnValues::Parsed parsed
            = input.editor->lookup()->inputFor(input.text, column.kind, input.keepText);
        // A new row deleted and brought back by undo meanwhile has another key now.
        const UndoHistory *history = m_model->undoHistory();
        const qint64 key
            = history ? history->resolve(m_model->tableInfo().name, input.key) : input.key;
        const QString problem
            = parsed.ok() ? m_model->setKeyValue(key, m_mapper->mappedSection(input.editor),
                                                 parsed.stored, input.expected)
                          : parsed.problem;
        if (!problem.isEmpty())
            m_unsaved << tr("“%1” was not saved in “%2”: %3").arg(input.text, column.name, problem);
    }
    if (any) { // other notices stay (why the table is read-only, a key's problem)
        updateNotice();
        updateTitle();
    }
}

void RecordForm::updateNotice()
{
    QStringList lines = m_dropped + m_unsaved;
    for (const SetAside &input : std::as_const(m_setAside))
        lines << input.notice;
    m_notice->setText(lines.join(QLatin1Char('\n')));
    m_notice->setVisible(!lines.isEmpty());
}

} // namespace rowbook
