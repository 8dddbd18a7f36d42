#include "schemadialog.h"

#include "backup.h"
#include "backupjob.h"
#include "catalog.h"
#include "columneditdialog.h"
#include "driverkind.h"
#include "plurals.h"
#include "screenfit.h"
#include "tablesnapshot.h"
#include "themecontroller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace rowbook {

SchemaDialog::SchemaDialog(const QSqlDatabase &reader,
                           SchemaRunner *runner,
                           const QString &table,
                           QWidget *parent)
    : QDialog(parent)
    , m_db(reader)
    , m_runner(runner)
    , m_table(table)
    , m_tableName(new QLineEdit)
    , m_columns(new QTableWidget(0, ColumnCount))
    , m_newName(new QLineEdit)
    , m_newType(new QComboBox)
    , m_newRequired(new QCheckBox(tr("Required")))
    , m_newDefault(new QLineEdit)
    , m_newUnique(new QCheckBox(tr("Unique")))
    , m_indexes(new QListWidget)
    , m_indexName(new QLineEdit)
    , m_indexUnique(new QCheckBox(tr("Unique")))
    , m_dropColumn(new QPushButton(tr("&Drop Column…")))
    , m_message(new QLabel)
    , m_content(new QWidget)
{
    m_tableName->setObjectName(QStringLiteral("tableName"));
    m_columns->setObjectName(QStringLiteral("columns"));
    m_newName->setObjectName(QStringLiteral("newColumnName"));
    m_newType->setObjectName(QStringLiteral("newColumnType"));
    m_newDefault->setObjectName(QStringLiteral("newColumnDefault"));
    m_indexes->setObjectName(QStringLiteral("indexes"));
    m_indexName->setObjectName(QStringLiteral("indexName"));
    m_dropColumn->setObjectName(QStringLiteral("dropColumn"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins({});
    contentLayout->addLayout(createNameRow());
    contentLayout->addWidget(createColumnsBox(), 2);
    contentLayout->addWidget(createIndexBox(), 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *dropTableButton
        = buttons->addButton(tr("Drop &Table…"), QDialogButtonBox::ResetRole);
    dropTableButton->setObjectName(QStringLiteral("dropTable"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_content);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(760, 560));

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(dropTableButton, &QPushButton::clicked, this, &SchemaDialog::dropTable);
    connect(m_runner, &SchemaRunner::finished, this, &SchemaDialog::onFinished);
    connect(m_runner, &SchemaRunner::waiting, this, [this](int attempt) {
        if (m_running)
            m_message->setText(
                tr("Waiting for another program to release the database (attempt %1)…")
                    .arg(attempt));
    });
    reload();
}

// "Table: [name] [Rename Table]".
QHBoxLayout *SchemaDialog::createNameRow()
{
    auto *renameButton = new QPushButton(tr("Re&name Table"));
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(new QLabel(tr("Table:")));
    nameRow->addWidget(m_tableName, 1);
    nameRow->addWidget(renameButton);

    connect(renameButton, &QPushButton::clicked, this, &SchemaDialog::renameTable);
    connect(m_tableName, &QLineEdit::returnPressed, this, &SchemaDialog::renameTable);
    return nameRow;
}

// The columns (double-click renames), the row that adds one, Edit Column and Drop Column.
QGroupBox *SchemaDialog::createColumnsBox()
{
    m_columns->setHorizontalHeaderLabels(
        {tr("Column"), tr("Type"), tr("Required"), tr("Default"), tr("Primary Key")});
    m_columns->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_columns->verticalHeader()->hide();
    m_columns->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_columns->setToolTip(tr("Double-click a column name to rename it."));
    m_columns->setTabKeyNavigation(false); // Tab goes on to the next control, arrows move here

    m_newType->addItems(SchemaOps::typeNames(m_db));
    m_newType->setCurrentIndex(int(SchemaType::Text));
    // Labels, not placeholders: reached with Alt+letter, and not cut short in a narrow field.
    auto *nameLabel = new QLabel(tr("New co&lumn:"));
    nameLabel->setBuddy(m_newName);
    auto *defaultLabel = new QLabel(tr("De&fault:"));
    defaultLabel->setBuddy(m_newDefault);
    m_newDefault->setToolTip(tr("Optional: the value rows get when none is given."));
    auto *addButton = new QPushButton(tr("&Add Column"));
    addButton->setObjectName(QStringLiteral("addColumn"));
    auto *addRow = new QHBoxLayout;
    for (QWidget *widget :
         std::initializer_list<QWidget *>{nameLabel, m_newName, m_newType, m_newRequired,
                                          defaultLabel, m_newDefault, m_newUnique, addButton})
        addRow->addWidget(widget);
    // The two text fields take the room there is, the name more: not a few letters wide.
    addRow->setStretchFactor(m_newName, 2);
    addRow->setStretchFactor(m_newDefault, 1);
    m_newName->setMinimumWidth(m_newName->fontMetrics().averageCharWidth() * 16);
    m_newDefault->setMinimumWidth(m_newDefault->fontMetrics().averageCharWidth() * 10);

    auto *columnsBox = new QGroupBox(tr("Columns"));
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->addWidget(m_columns);
    columnsLayout->addLayout(addRow);
    auto *editColumnButton = new QPushButton(tr("&Edit Column…"));
    editColumnButton->setObjectName(QStringLiteral("editColumn"));
    connect(editColumnButton, &QPushButton::clicked, this, &SchemaDialog::editColumn);
    auto *columnButtons = new QHBoxLayout;
    columnButtons->addWidget(editColumnButton);
    columnButtons->addWidget(m_dropColumn);
    columnButtons->addStretch(1);
    columnsLayout->addLayout(columnButtons);

    connect(addButton, &QPushButton::clicked, this, &SchemaDialog::addColumn);
    connect(m_newName, &QLineEdit::returnPressed, this, &SchemaDialog::addColumn);
    connect(m_dropColumn, &QPushButton::clicked, this, &SchemaDialog::dropColumn);
    connect(m_columns, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == Name)
            onColumnRenamed(item->row());
    });
    return columnsBox;
}

// The indexes, and the row that creates one over the selected columns or drops one.
QGroupBox *SchemaDialog::createIndexBox()
{
    m_indexName->setPlaceholderText(tr("Index name"));
    auto *createIndexButton = new QPushButton(tr("&Index Selected Columns"));
    auto *dropIndexButton = new QPushButton(tr("Drop &Index"));
    createIndexButton->setObjectName(QStringLiteral("createIndex"));
    dropIndexButton->setObjectName(QStringLiteral("dropIndex"));
    auto *indexRow = new QHBoxLayout;
    indexRow->addWidget(m_indexName, 1);
    indexRow->addWidget(m_indexUnique);
    indexRow->addWidget(createIndexButton);
    indexRow->addWidget(dropIndexButton);
    auto *indexBox = new QGroupBox(tr("Indexes"));
    auto *indexLayout = new QVBoxLayout(indexBox);
    indexLayout->addWidget(m_indexes);
    indexLayout->addLayout(indexRow);

    connect(createIndexButton, &QPushButton::clicked, this, &SchemaDialog::createIndex);
    connect(dropIndexButton, &QPushButton::clicked, this, &SchemaDialog::dropIndex);
    return indexBox;
}

void SchemaDialog::reload()
{
    const TableInfo info = Catalog::table(m_db, m_table);
    setWindowTitle(tr("Edit “%1”").arg(m_table));
    m_tableName->setText(m_table);
    const QSignalBlocker blocker(m_columns);
    m_columns->setRowCount(0);
    m_columnNames.clear();
    for (const ColumnInfo &column : info.columns) {
        const int row = m_columns->rowCount();
        m_columns->insertRow(row);
        m_columnNames << column.name;
        auto *name = new QTableWidgetItem(column.name);
        name->setFlags(info.isView ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                   : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        m_columns->setItem(row, Name, name);
        const QStringList cells{column.declaredType, column.notNull ? tr("yes") : QString(),
                                column.defaultSql,
                                column.primaryKeyOrder > 0 ? tr("yes") : QString()};
        for (int i = 0; i < cells.size(); ++i) {
            auto *item = new QTableWidgetItem(cells[i]);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_columns->setItem(row, Type + i, item);
        }
    }
    m_indexes->clear();
    for (const IndexInfo &index : SchemaOps::indexes(m_db, m_table)) {
        auto *item
            = new QListWidgetItem((index.unique ? tr("%1 (%2, unique)") : tr("%1 (%2)"))
                                      .arg(index.name, index.columns.join(QLatin1String(", "))));
        item->setData(Qt::UserRole, index.name);
        if (index.automatic)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        m_indexes->addItem(item);
    }
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_newName, m_newType, m_newRequired, m_newDefault,
                                          m_newUnique, m_dropColumn, m_indexName})
        widget->setEnabled(!info.isView);
    m_tableName->setReadOnly(info.isView);
}

void SchemaDialog::showProblem(const QString &text)
{
    Themed::setTextTone(m_message, Theme::Tone::Error);
    m_message->setText(text);
}

QString SchemaDialog::backupSentence() const
{
    if (isPostgres(m_db))
        return tr("This cannot be undone: Rowbook keeps no copy of a server database (the "
                  "server's own backups or pg_dump do).");
    if (m_backupSource.isEmpty())
        return tr("This cannot be undone.");
    return tr("This cannot be undone; a backup of the file is made first and kept in %1.")
        .arg(QDir::toNativeSeparators(Backup::folderFor(m_backupSource)));
}

// Why the change will have no undo entry, as far as the row count the caller gave tells; the
// save worker finds out for sure when it takes the snapshot.
QString SchemaDialog::snapshotProblem() const
{
    if (m_rowCount <= TableSnapshot::defaultMaxRows)
        return {};
    return tr("“%1” has %2 rows, more than the %3 that undo keeps in memory.")
        .arg(m_table, formatCount(m_rowCount), formatCount(TableSnapshot::defaultMaxRows));
}

QString SchemaDialog::undoSentence() const
{
    if (m_backupSource.isEmpty())
        return tr("You can undo this with Edit → Undo.");
    return tr("You can undo this with Edit → Undo; a backup of the file is also made first and "
              "kept in %1.")
        .arg(QDir::toNativeSeparators(Backup::folderFor(m_backupSource)));
}

// Called after the confirmation: the drop or column change runs in onBackedUp() once the backup
// of `source` is made, on a worker; a failed or canceled backup changes nothing and says why.
void SchemaDialog::backUpThenRun(const SchemaChange &change,
                                 Backup::Reason reason,
                                 const QString &source)
{
    if (!m_backupJob) {
        m_backupJob = new BackupJob(this);
        connect(m_backupJob, &BackupJob::progress, this, [this](qint64 done, qint64 total) {
            m_message->setText(backingUpText() + QLatin1Char(' ')
                               + tr("%1%").arg(total > 0 ? done * 100 / total : 0));
        });
        connect(m_backupJob, &BackupJob::finished, this, &SchemaDialog::onBackedUp);
    }
    if (!m_backupJob->start(source, reason)) {
        showProblem(tr("A backup is still being made; try again in a moment."));
        return;
    }
    m_afterBackup = change;
    m_running = true;
    m_content->setEnabled(false);
    Themed::clear(m_message);
    m_message->setText(backingUpText());
}

QString SchemaDialog::backingUpText() const
{
    return m_afterBackup.kind == SchemaChange::AlterColumn
               ? tr("Backing up the file before the column is changed…")
               : tr("Backing up the file before the column is dropped…");
}

void SchemaDialog::reject()
{
    if (m_backupJob && m_backupJob->isRunning())
        m_backupJob->cancel(); // onBackedUp() then runs nothing
    QDialog::reject();
}

void SchemaDialog::onBackedUp(const Backup::Result &backup)
{
    m_running = false;
    m_content->setEnabled(true);
    SchemaChange change = std::exchange(m_afterBackup, SchemaChange());
    const QString column = std::exchange(m_afterBackupColumn, QString());
    const bool alter = change.kind == SchemaChange::AlterColumn;
    if (backup.canceled || !isVisible()) { // closed meanwhile: the user went away from it
        showProblem(alter ? tr("The column was not changed: the backup before it was canceled.")
                          : tr("The column was not dropped: the backup before it was canceled."));
        return;
    }
    if (!backup.ok()) {
        showProblem((alter ? tr("The column was not changed: the backup before it failed (%1).")
                           : tr("The column was not dropped: the backup before it failed (%1)."))
                        .arg(backup.error.userMessage()));
        return;
    }
    m_lastBackup = backup.path;
    if (alter)
        change.description = tr("Column “%1” changed; the backup made before is %2.")
                                 .arg(column, QDir::toNativeSeparators(backup.path));
    run(change);
}

void SchemaDialog::run(const SchemaChange &change)
{
    if (!m_runner->run(change)) {
        showProblem(tr("Another change is still being saved; try again in a moment."));
        return;
    }
    m_running = true;
    m_content->setEnabled(false);
    Themed::clear(m_message);
    m_message->setText(tr("Saving…"));
}

void SchemaDialog::submit(const SchemaChange &change, const QString &confirmation)
{
    if (!change.isValid()) {
        showProblem(change.problemText());
        reload(); // puts back a name edit that was refused
        return;
    }
    if (!confirmation.isEmpty()) {
        QString text = confirmation;
        if (!change.sideEffects.isEmpty())
            text += QLatin1String("\n\n") + change.sideEffects.join(QLatin1Char('\n'));
        if (QMessageBox::question(this, windowTitle(), text, QMessageBox::Yes | QMessageBox::Cancel,
                                  QMessageBox::Cancel)
            != QMessageBox::Yes)
            return;
    }
    if (m_runner->isRunning() || m_running) {
        showProblem(tr("Another change is still being saved; try again in a moment."));
        return;
    }
    m_lastBackup.clear();
    if (change.kind == SchemaChange::DropColumn && !m_backupSource.isEmpty())
        backUpThenRun(change, Backup::Reason::PreDropColumn, m_backupSource);
    else if (change.kind == SchemaChange::AlterColumn && change.isValid() && !isPostgres(m_db))
        backUpThenRun(change, Backup::Reason::PreColumnChange, ColumnChange::filePath(m_db));
    else
        run(change);
}

void SchemaDialog::onFinished(const SchemaChange &change, bool ok, const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    m_content->setEnabled(true);
    if (ok) {
        if (change.kind == SchemaChange::RenameTable)
            m_table = change.table;
        Themed::clear(m_message);
        m_message->setText(
            change.kind == SchemaChange::DropColumn && !m_lastBackup.isEmpty()
                ? tr("%1 The content before it is kept in the backup %2.")
                      .arg(change.description, QDir::toNativeSeparators(m_lastBackup))
                : change.description);
        m_newName->clear();
        m_newDefault->clear();
        m_indexName->clear();
    } else {
        showProblem(message);
    }
    reload();
}

void SchemaDialog::addColumn()
{
    ColumnSpec spec;
    spec.name = m_newName->text();
    spec.type = SchemaType(m_newType->currentIndex());
    spec.notNull = m_newRequired->isChecked();
    spec.defaultValue = m_newDefault->text();
    spec.unique = m_newUnique->isChecked();
    submit(SchemaOps::addColumn(m_db, m_table, spec));
}

void SchemaDialog::onColumnRenamed(int row)
{
    if (row < 0 || row >= m_columnNames.size())
        return;
    const QString newName = m_columns->item(row, Name)->text();
    if (newName != m_columnNames[row])
        submit(SchemaOps::renameColumn(m_db, m_table, m_columnNames[row], newName));
}

QStringList SchemaDialog::selectedColumns() const
{
    QStringList names;
    for (const QModelIndex &index : m_columns->selectionModel()->selectedRows())
        names << m_columnNames.value(index.row());
    if (names.isEmpty() && m_columns->currentRow() >= 0)
        names << m_columnNames.value(m_columns->currentRow());
    return names;
}

void SchemaDialog::dropColumn()
{
    const QStringList columns = selectedColumns();
    if (columns.size() != 1) {
        showProblem(tr("Select the one column to drop."));
        return;
    }
    SchemaChange change = SchemaOps::dropColumn(m_db, m_table, columns.first());
    QString undo = backupSentence();
    if (change.isValid() && !isPostgres(m_db)) { // the undo snapshot is taken in SQLite's SQL
        change.snapshotBefore = true;            // taken on the save worker, just before the drop
        change.undoText = tr("Drop column %1").arg(columns.first());
        const QString problem = snapshotProblem();
        undo = problem.isEmpty() ? undoSentence() : problem + QLatin1Char(' ') + undo;
    }
    submit(change, tr("Drop column “%1” and its values from “%2”?").arg(columns.first(), m_table)
                       + QLatin1Char(' ') + undo);
}

void SchemaDialog::editColumn()
{
    const QStringList columns = selectedColumns();
    if (columns.size() != 1) {
        showProblem(tr("Select the one column to change."));
        return;
    }
    ColumnEditDialog dialog(m_db, m_table, columns.first(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The backup is made on a worker first (submit() -> backUpThenRun()); the change runs once
    // it is made, and its description names it then.
    SchemaChange change = dialog.change();
    // Taken on the save worker, just before the change; SQLite's SQL: files only.
    change.snapshotBefore = !isPostgres(m_db);
    change.undoText = tr("Change column %1").arg(columns.first());
    m_afterBackupColumn = columns.first();
    submit(change);
}

void SchemaDialog::renameTable()
{
    if (m_tableName->text() != m_table)
        submit(SchemaOps::renameTable(m_db, m_table, m_tableName->text()));
}

void SchemaDialog::createIndex()
{
    const QStringList columns = selectedColumns();
    QString name = m_indexName->text();
    if (name.isEmpty() && !columns.isEmpty())
        name = SchemaOps::suggestedIndexName(m_db, m_table, columns);
    submit(SchemaOps::createIndex(m_db, m_table, name, columns, m_indexUnique->isChecked()));
}

void SchemaDialog::dropIndex()
{
    const QListWidgetItem *item = m_indexes->currentItem();
    if (!item) {
        showProblem(tr("Select the index to drop."));
        return;
    }
    submit(SchemaOps::dropIndex(m_db, m_table, item->data(Qt::UserRole).toString()));
}

void SchemaDialog::dropTable()
{
    const SchemaChange change = SchemaOps::dropTable(m_db, m_table);
    if (!change.isValid()) {
        showProblem(change.problemText());
        return;
    }
    QString text = change.description + QLatin1Char(' ') + backupSentence();
    if (!change.sideEffects.isEmpty())
        text += QLatin1String("\n\n") + change.sideEffects.join(QLatin1Char('\n'));
    QMessageBox box(QMessageBox::Warning, tr("Drop “%1”").arg(m_table), text, QMessageBox::Cancel,
                    this);
    QPushButton *drop = box.addButton(tr("Drop"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(drop))
        return;
    Q_EMIT dropTableRequested(change);
    accept();
}

} // namespace rowbook
