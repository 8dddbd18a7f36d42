#include "foreignkeycombo.h"

#include "database.h"
#include "pooltask.h"
#include "tablemodel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFocusEvent>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSqlError>

#include <atomic>
#include <limits>
#include <memory>

namespace rowbook {

ForeignKeyCombo::ForeignKeyCombo(const QSqlDatabase &db, const ForeignKey &key, QWidget *parent)
    : QComboBox(parent)
    , m_connection(db.connectionName())
    , m_key(key)
{
    setObjectName(QStringLiteral("foreignKey:") + key.column);
    setEditable(true);
    lineEdit()->setMaxLength(std::numeric_limits<int>::max()); // a text key: not cut at 32,767
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(16);
    // As wide as the cell or form field, not as the longest name among the parent rows.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(8);
    auto *completer = new QCompleter(model(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    // The names stay readable when the cell is narrow.
    const int listWidth = fontMetrics().averageCharWidth() * 36;
    completer->popup()->setMinimumWidth(listWidth);
    view()->setMinimumWidth(listWidth);
    m_searchHint = tr("Reading the rows of “%1”…").arg(key.parentTable);
    lineEdit()->setPlaceholderText(m_searchHint);
    setToolTip(tr("Refers to %1 of “%2”; Ctrl+click the cell to go there.")
                   .arg(key.parentColumn, key.parentTable));
    readChoices();
}

ForeignKeyCombo::~ForeignKeyCombo()
{
    m_cancelled->store(true); // a read not begun yet does not connect for nothing
}

namespace {

// What a worker needs to make a connection of its own like the editor's, copied on the GUI
// thread: QSqlDatabase::cloneDatabase() on the worker would use the GUI thread's connection
// while the GUI thread may be removing it (a tab closed).
struct Settings
{
    QString driver, database, host, user, password, options;
    int port = -1;
    QSql::NumericalPrecisionPolicy precision = QSql::LowPrecisionDouble;

    static Settings of(const QSqlDatabase &db)
    {
        return {db.driverName(), db.databaseName(),   db.hostName(), db.userName(),
                db.password(),   db.connectOptions(), db.port(),     db.numericalPrecisionPolicy()};
    }

    // Runs `read` on a connection of its own, on the worker's thread; false (with why in
    // `error`, when given) when there is no connection to run it on.
    template<typename Read>
    bool withConnection(Read read, QString *error = nullptr) const
    {
        if (driver.isEmpty())
            return false;
        const QString name = Database::uniqueConnectionName(QStringLiteral("choices"));
        bool opened = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
            db.setDatabaseName(database);
            db.setHostName(host);
            db.setPort(port);
            db.setUserName(user);
            db.setPassword(password);
            db.setConnectOptions(options);
            db.setNumericalPrecisionPolicy(precision);
            opened = db.open();
            if (opened)
                read(db);
            else if (error)
                *error = db.lastError().text();
        }
        Database::disconnect(name);
        return opened;
    }
};

} // namespace

void ForeignKeyCombo::readChoices()
{
    runOnPool(
        this,
        [settings = Settings::of(database()), key = m_key, cancelled = m_cancelled] {
            std::pair<QVector<KeyChoice>, QString> read; // the rows, or why there are none
            if (!cancelled->load())
                settings.withConnection(
                    [&](const QSqlDatabase &db) {
                        read.first = ForeignKeys::choices(db, key, {}, ForeignKeys::choiceLimit,
                                                          &read.second);
                    },
                    &read.second);
            return read;
        },
        [this](const std::pair<QVector<KeyChoice>, QString> &read) {
            takeChoices(read.first, read.second);
        });
}

void ForeignKeyCombo::readLabel(const QVariant &value)
{
    // Only the last key asked for is read: a read not begun when the field shows another key
    // (the user holds Down through the rows) makes no connection.
    const quint64 wanted = ++*m_labelWanted;
    runOnPool(
        this,
        [settings = Settings::of(database()), key = m_key, value, cancelled = m_cancelled,
         latest = m_labelWanted, wanted] {
            QString label;
            if (!cancelled->load() && latest->load() == wanted)
                settings.withConnection(
                    [&](const QSqlDatabase &db) { label = ForeignKeys::label(db, key, value); });
            return label;
        },
        [this, value](const QString &label) { takeLabel(value, label); });
}

void ForeignKeyCombo::takeLabel(const QVariant &value, const QString &label)
{
    if (label.isEmpty())
        return; // not read: another key was wanted by then
    m_named.insert(value.toString());
    const int at = findData(value);
    if (at < 0 || itemText(at) == label)
        return;
    QLineEdit *edit = lineEdit();
    const bool current = at == currentIndex();
    const bool selected
        = current && !edit->text().isEmpty() && edit->selectedText() == edit->text();
    const QSignalBlocker blocker(this); // no editTextChanged: the user changed nothing
    if (current && edit->isModified()) {
        // The user is typing over it: the name is listed, and what they type stays.
        const QString typed = edit->text();
        const int cursor = edit->cursorPosition();
        setItemText(at, label);
        edit->setText(typed);
        edit->setModified(true);
        edit->setCursorPosition(cursor);
        return;
    }
    setItemText(at, label);
    if (!current)
        return;
    if (selected)
        edit->selectAll(); // typing still replaces the name, as it would have replaced the key
    else
        edit->setCursorPosition(0); // long names show their beginning
}

void ForeignKeyCombo::takeChoices(const QVector<KeyChoice> &choices, const QString &error)
{
    // What the field shows stays: the key setKey() showed, or the text the user is typing.
    QLineEdit *edit = lineEdit();
    const bool typed = edit->isModified();
    const QString text = edit->text();
    const int cursor = edit->cursorPosition();
    const int selectionStart = edit->selectionStart();
    const int selectionLength = edit->selectedText().size();
    m_reading = false; // a shown key beyond the rows read has its name read now (setKey())
    {
        const QSignalBlocker blocker(this); // no editTextChanged: the user changed nothing
        // The completer filters again at every row and every tooltip added: not while filling.
        const bool listed = completer()->popup()->isVisible();
        completer()->setModel(nullptr);
        clear();
        for (const KeyChoice &choice : choices) {
            if (choice.label.isEmpty())
                m_named.insert(choice.key.toString()); // a row whose name is empty
            addItem(choice.label.isEmpty() ? choice.key.toString() : choice.label, choice.key);
            setItemData(count() - 1, tr("%1 %2").arg(m_key.parentColumn, choice.key.toString()),
                        Qt::ToolTipRole);
        }
        completer()->setModel(model());
        if (listed && typed)
            completer()->complete(); // the matching names, now among all the rows
        if (typed) {
            setCurrentIndex(-1);
            edit->setText(text);
            edit->setModified(true);
        } else {
            setKey(m_shown);
        }
        // Where the user is: the name selected when they came to the field stays selected, so
        // typing still replaces it.
        if (edit->text() == text) {
            if (selectionLength > 0)
                edit->setSelection(selectionStart, selectionLength);
            else
                edit->setCursorPosition(cursor);
        }
    }
    m_searchHint = !error.isEmpty() ? tr("The rows of “%1” could not be read (%2); type a key.")
                                          .arg(m_key.parentTable, error)
                   : choices.size() >= ForeignKeys::choiceLimit
                       ? tr("Type to search the first %1 rows of “%2”, or type a key.")
                             .arg(ForeignKeys::choiceLimit)
                             .arg(m_key.parentTable)
                       : tr("Type to search “%1”.").arg(m_key.parentTable);
    setPlaceholder(m_placeholder);
    Q_EMIT choicesRead();
}

ForeignKeyCombo *
ForeignKeyCombo::forColumn(const TableModel *model, const QString &column, QWidget *parent)
{
    if (!model || model->tableInfo().isView)
        return nullptr;
    const ForeignKey key = ForeignKeys::find(model->foreignKeys(), column);
    return key.isValid() ? new ForeignKeyCombo(model->database(), key, parent) : nullptr;
}

ForeignKeyCombo *ForeignKeyCombo::forIndex(const QModelIndex &index, QWidget *parent)
{
    const auto *model = qobject_cast<const TableModel *>(index.model());
    if (!model)
        return nullptr;
    return forColumn(model,
                     model->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString(),
                     parent);
}

void ForeignKeyCombo::setKey(const QVariant &key)
{
    m_shown = key;
    if (key.isNull()) {
        setCurrentIndex(-1);
        setEditText(QString());
        return;
    }
    int at = findData(key);
    if (at < 0) {
        // Beyond the listed rows, or a key no row has: the key until its name is read, in the
        // background (a round trip to a server). While the rows are read, their names come
        // with them.
        addItem(key.toString(), key);
        at = count() - 1;
    }
    if (!m_reading && !m_key.labelColumn.isEmpty() && itemText(at) == key.toString()
        && !m_named.contains(key.toString()))
        readLabel(key); // again, when the field showed another key before it was read
    setCurrentIndex(at);
    lineEdit()->setCursorPosition(0); // long names show their beginning
}

void ForeignKeyCombo::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    lineEdit()->setPlaceholderText(text.isEmpty() ? m_searchHint : text);
}

void ForeignKeyCombo::focusInEvent(QFocusEvent *event)
{
    QComboBox::focusInEvent(event);
    // Typing replaces the name, as in a line edit, when the user comes to the field. Focus also
    // comes back when the list of matching names closes (Qt::PopupFocusReason: typed text no
    // name contains, or Escape): selecting all then made the next key replace what was typed,
    // and "275" was stored as key 5.
    if (event->reason() != Qt::PopupFocusReason)
        lineEdit()->selectAll();
}

QSqlDatabase ForeignKeyCombo::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

int ForeignKeyCombo::indexOf(const QString &text) const
{
    // The row chosen or shown, when two rows have the same name.
    if (const int current = currentIndex();
        current >= 0 && itemText(current).compare(text, Qt::CaseInsensitive) == 0)
        return current;
    return findText(text, Qt::MatchFixedString);
}

QVariant ForeignKeyCombo::key() const
{
    const QString text = currentText();
    if (text.isEmpty())
        return {};
    const int at = indexOf(text);
    return at >= 0 ? itemData(at) : QVariant(text);
}

ColumnValues::Parsed ForeignKeyCombo::input(ColumnKind kind, bool keepText) const
{
    return inputFor(currentText(), kind, keepText);
}

ColumnValues::Parsed
ForeignKeyCombo::inputFor(const QString &text, ColumnKind kind, bool keepText) const
{
    if (text.isEmpty())
        return {};
    if (const int at = indexOf(text); at >= 0)
        return {itemData(at), {}};
    if (m_reading) // it may be a name among the rows on their way
        return {{},
                tr("The rows of “%1” are still being read: wait a moment, then leave the field "
                   "again.")
                    .arg(m_key.parentTable)};
    ColumnValues::Parsed parsed = ColumnValues::fromText(kind, text, keepText);
    if (!parsed.ok())
        parsed.problem = tr("No row of “%1” is named “%2”: choose one from the list, or type its "
                            "%3.")
                             .arg(m_key.parentTable, text, m_key.parentColumn);
    return parsed;
}

bool ForeignKeyCombo::isChanged() const
{
    const QVariant now = key();
    return now.isNull() != m_shown.isNull() || now.toString() != m_shown.toString();
}

} // namespace rowbook
