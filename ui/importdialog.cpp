#include "importdialog.h"

#include "columntypebar.h"
#include "columnvalues.h"
#include "importplan.h"
#include "importpreview.h"
#include "jobrunner.h"
#include "plurals.h"
#include "pooltask.h"
#include "screenfit.h"
#include "settings.h"
#include "themecontroller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <climits>
#include <functional>
#include <utility>
#include <vector>

namespace rowbook {
namespace {

constexpr int baseTextRole = Qt::UserRole + 1;

template<class Widget>
Widget *named(Widget *widget, const char *name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}

void addItems(QComboBox *combo, std::initializer_list<std::pair<QString, QVariant>> items)
{
    for (const auto &[text, value] : items) {
        combo->addItem(text, value);
        combo->setItemData(combo->count() - 1, text, baseTextRole);
    }
}

// Selects the item with `value` and marks it as the detected one.
void selectDetected(QComboBox *combo, const QVariant &value)
{
    const QSignalBlocker blocker(combo);
    for (int i = 0; i < combo->count(); ++i) {
        const QString base = combo->itemData(i, baseTextRole).toString();
        const bool detected = combo->itemData(i) == value;
        combo->setItemText(i, detected ? ImportDialog::tr("%1 (detected)").arg(base) : base);
        if (detected)
            combo->setCurrentIndex(i);
    }
    // Never narrower than its longest text (German, French): the dialog grows instead.
    combo->setMinimumWidth(combo->sizeHint().width());
}

// Swallows the presses of `keys` on the widget it watches and calls `pressed` instead.
class KeyFilter : public QObject
{
public:
    KeyFilter(QObject *watched, QList<int> keys, std::function<void()> pressed)
        : QObject(watched)
        , m_keys(std::move(keys))
        , m_pressed(std::move(pressed))
    {}

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress
            || !m_keys.contains(static_cast<QKeyEvent *>(event)->key()))
            return false;
        m_pressed();
        return true;
    }

private:
    QList<int> m_keys;
    std::function<void()> m_pressed;
};

} // namespace

ImportDialog::ImportDialog(const DatabaseInfo &info, const QString &file, QWidget *parent)
    : QDialog(parent)
    , m_info(info)
    , m_fileEdit(named(new QLineEdit(this), "fileEdit"))
    , m_browseButton(new QPushButton(ImportDialog::tr("&Browse…"), this))
    , m_formatCombo(named(new QComboBox(this), "formatCombo"))
    , m_delimiterCombo(named(new QComboBox(this), "delimiterCombo"))
    , m_encodingCombo(named(new QComboBox(this), "encodingCombo"))
    , m_headerCheck(named(new QCheckBox(ImportDialog::tr("First row has the column &names"), this),
                          "headerCheck"))
    , m_tableEdit(named(new QLineEdit(this), "tableEdit"))
    , m_appendRadio(named(new QRadioButton(ImportDialog::tr("&Add the rows"), this), "appendRadio"))
    , m_replaceRadio(
          named(new QRadioButton(ImportDialog::tr("&Replace all its rows"), this), "replaceRadio"))
    , m_targetLabel(named(new QLabel(this), "targetLabel"))
    , m_previewLabel(new QLabel(this))
    , m_preview(named(new QTableView(this), "preview"))
    , m_typeBar(named(new ColumnTypeBar(m_preview, this), "typeBar"))
    , m_previewModel(new QStandardItemModel(this))
    , m_errorLabel(named(new QLabel(this), "errorLabel"))
    , m_progressBar(named(new QProgressBar(this), "progressBar"))
    , m_statusLabel(named(new QLabel(this), "statusLabel"))
    , m_importButton(named(new QPushButton(ImportDialog::tr("&Import"), this), "importButton"))
    , m_cancelButton(
          named(new QPushButton(ImportDialog::tr("Cancel Import"), this), "cancelButton"))
    , m_closeButton(named(new QPushButton(ImportDialog::tr("Close"), this), "closeButton"))
    , m_jobs(new JobRunner(QStringLiteral("import"), this))
{
    setUpWidgets();
    connectWidgets(layOut());
    readTables();
    if (file.isEmpty())
        refreshPreview();
    else
        setFile(file);
}

void ImportDialog::readTables()
{
    m_tablesRead = false;
    const quint64 attempt = ++m_tablesAttempt;
    runOnPool(
        this,
        [info = m_info] {
            StorageError error;
            TableDirectory tables = TableDirectory::read(info, &error);
            return std::make_pair(tables, error);
        },
        [this, attempt](const std::pair<TableDirectory, StorageError> &read) {
            onTablesRead(attempt, read.first, read.second);
        });
}

void ImportDialog::onTablesRead(quint64 attempt,
                                const TableDirectory &tables,
                                const StorageError &error)
{
    if (attempt != m_tablesAttempt)
        return;
    m_tablesError = error;
    if (!error.isError()) {
        m_tables = tables;
        m_tablesRead = true;
    } else {
        QTimer::singleShot(tablesRetryMs, this, &ImportDialog::readTables);
    }
    updateTarget();
}

// The combo boxes' choices, the labels' wrapping and the preview's look.
void ImportDialog::setUpWidgets()
{
    setWindowTitle(ImportDialog::tr("Import File"));
    addItems(m_formatCombo, {{ImportDialog::tr("CSV"), int(ImportJob::Format::Csv)},
                             {ImportDialog::tr("JSON"), int(ImportJob::Format::Json)}});
    addItems(m_delimiterCombo, {{ImportDialog::tr("Comma ,"), int(',')},
                                {ImportDialog::tr("Semicolon ;"), int(';')},
                                {ImportDialog::tr("Tab"), int('\t')},
                                {ImportDialog::tr("Pipe |"), int('|')}});
    addItems(m_encodingCombo, {{ImportDialog::tr("UTF-8"), QStringLiteral("utf-8")},
                               {ImportDialog::tr("UTF-16"), QStringLiteral("utf-16")},
                               {ImportDialog::tr("Latin-1 (ISO 8859-1)"), QStringLiteral("latin1")},
                               {ImportDialog::tr("Windows-1252"), QStringLiteral("windows-1252")}});
    // "(detected)" is added to an item's text after the first show: grow with it, not cut it.
    for (QComboBox *combo : {m_formatCombo, m_delimiterCombo, m_encodingCombo})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_headerCheck->setChecked(true);
    m_appendRadio->setChecked(true);
    m_tableEdit->setPlaceholderText(ImportDialog::tr("Name of a new or existing table"));
    m_typeBar->setServer(m_info.server); // a new table there gets the server's types
    for (QLabel *label : {m_targetLabel, m_previewLabel, m_errorLabel, m_statusLabel}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    Themed::setTextTone(m_errorLabel, Theme::Tone::Error);
    m_errorLabel->hide();
    m_progressBar->hide();
    m_preview->setModel(m_previewModel);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setTabKeyNavigation(false); // Tab goes on to the next control
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->setDefaultSectionSize(
        m_preview->verticalHeader()->minimumSectionSize());
    m_preview->horizontalHeader()->setMaximumSectionSize(280);
}

// File and format on top, the table and what happens to its rows, the preview, the buttons.
QDialogButtonBox *ImportDialog::layOut()
{
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_importButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);

    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *result = new QLabel(text, this);
        result->setBuddy(buddy);
        return result;
    };
    auto *grid = new QGridLayout(this);
    grid->addWidget(label(ImportDialog::tr("&File:"), m_fileEdit), 0, 0);
    grid->addWidget(m_fileEdit, 0, 1, 1, 6);
    grid->addWidget(m_browseButton, 0, 7);
    grid->addWidget(label(ImportDialog::tr("F&ormat:"), m_formatCombo), 1, 0);
    grid->addWidget(m_formatCombo, 1, 1);
    grid->addWidget(label(ImportDialog::tr("&Delimiter:"), m_delimiterCombo), 1, 2, Qt::AlignRight);
    grid->addWidget(m_delimiterCombo, 1, 3);
    grid->addWidget(label(ImportDialog::tr("&Encoding:"), m_encodingCombo), 1, 4, Qt::AlignRight);
    grid->addWidget(m_encodingCombo, 1, 5);
    grid->addWidget(m_headerCheck, 1, 6, 1, 2);
    grid->addWidget(label(ImportDialog::tr("&Table:"), m_tableEdit), 2, 0);
    grid->addWidget(m_tableEdit, 2, 1, 1, 3);
    grid->addWidget(m_appendRadio, 2, 4, 1, 2);
    grid->addWidget(m_replaceRadio, 2, 6, 1, 2);
    grid->addWidget(m_targetLabel, 3, 1, 1, 7);
    grid->addWidget(m_previewLabel, 4, 0, 1, 8);
    grid->addWidget(m_typeBar, 5, 0, 1, 8);
    grid->addWidget(m_preview, 6, 0, 1, 8);
    grid->addWidget(m_errorLabel, 7, 0, 1, 8);
    grid->addWidget(m_progressBar, 8, 0, 1, 8);
    grid->addWidget(m_statusLabel, 9, 0, 1, 8);
    grid->addWidget(buttons, 10, 0, 1, 8);
    grid->setRowStretch(6, 1);
    grid->setColumnStretch(6, 1);
    resizeWithinScreen(this, QSize(920, 640));
    return buttons;
}

void ImportDialog::connectWidgets(QDialogButtonBox *buttons)
{
    connect(m_browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_fileEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_fileEdit->isModified())
            setFile(filePath());
    });
    // Return there reads the typed file into the preview; it does not also press Import, the
    // default button, and import a file nobody has looked at yet.
    m_fileEdit->installEventFilter(
        new KeyFilter(m_fileEdit, {Qt::Key_Return, Qt::Key_Enter}, [this] {
            if (!filePath().isEmpty())
                setFile(filePath()); // also unchanged: the file may have changed since
        }));
    for (QComboBox *combo : {m_formatCombo, m_delimiterCombo, m_encodingCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
    connect(m_headerCheck, &QCheckBox::toggled, this, &ImportDialog::refreshPreview);
    const auto targetChanged = [this] {
        m_done = false;
        updateTarget();
    };
    connect(m_tableEdit, &QLineEdit::textChanged, this, targetChanged);
    connect(m_replaceRadio, &QRadioButton::toggled, this, targetChanged);
    // Only what the user clicks is their choice; the dialog unticks Replace for a new table.
    connect(m_replaceRadio, &QRadioButton::clicked, this,
            [this] { m_replaceFor = m_tableEdit->text().trimmed(); });
    connect(m_appendRadio, &QRadioButton::clicked, this, [this] { m_replaceFor.clear(); });
    connect(m_typeBar, &ColumnTypeBar::typeChanged, this, &ImportDialog::onTypeChosen);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
}

ImportDialog::~ImportDialog()
{
    // QDialog's destructor hides the dialog; the file field then loses focus and would emit
    // editingFinished into a half-destroyed ImportDialog.
    disconnect(m_fileEdit, nullptr, this, nullptr);
    m_jobs->stop();
}

bool ImportDialog::isImporting() const
{
    return m_jobs->isRunning();
}

QString ImportDialog::filePath() const
{
    return QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
}

ImportJob::Options ImportDialog::options() const
{
    ImportJob::Options options;
    options.filePath = filePath();
    options.table = m_tableEdit->text().trimmed();
    const TableInfo existing = m_tables.find(options.table);
    if (existing.isValid())
        options.table = existing.name; // as spelled in the database
    options.format = ImportJob::Format(m_formatCombo->currentData().toInt());
    if (options.format == ImportJob::Format::Csv) {
        options.delimiter = char(m_delimiterCombo->currentData().toInt());
        options.encoding = m_encodingCombo->currentData().toString();
        options.header = m_headerCheck->isChecked();
    }
    options.replace = existing.isValid() && m_replaceRadio->isChecked();
    if (!existing.isValid())
        options.namedTypes
            = ImportPlan::changedTypes(m_columnNames, m_detectedTypes, m_typeBar->types());
    return options;
}

QString ImportDialog::tableNameForFile(const QString &path)
{
    return ImportPlan::tableNameForPath(path);
}

void ImportDialog::setFile(const QString &path)
{
    if (isImporting())
        return;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_chosenTypes.clear();
    m_replaceFor.clear(); // another file: replacing is chosen again, if at all
    m_fileEdit->setToolTip(m_fileEdit->text());
    const QSignalBlocker blocker(m_tableEdit);
    m_tableEdit->setText(tableNameForFile(path));
    // Detect the format, and for CSV the delimiter and encoding, from the file's start.
    const ImportJob::Format format = ImportJob::formatForPath(path);
    selectDetected(m_formatCombo, int(format));
    if (format == ImportJob::Format::Csv) {
        const ImportPlan::CsvGuess guess = ImportPlan::guessCsv(path, previewRows);
        selectDetected(m_delimiterCombo, int(guess.delimiter));
        selectDetected(m_encodingCombo, guess.encoding);
    } else { // JSON is UTF-8 and has no delimiter: no CSV file's detection stays shown
        selectDetected(m_delimiterCombo, {});
        selectDetected(m_encodingCombo, QStringLiteral("utf-8"));
    }
    refreshPreview();
}

void ImportDialog::browse()
{
    if (QFileDialog *open = findChild<QFileDialog *>(); open && open->isVisible())
        return open->raise(); // one chooser at a time
    // The file's folder; with none, the folder the last file was chosen in, the documents
    // folder where there is one (a fresh Linux account may have none), or home.
    const QString chosenBefore = Settings().value(QStringLiteral("import/folder")).toString();
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString dir = !filePath().isEmpty()             ? QFileInfo(filePath()).absolutePath()
                        : QFileInfo(chosenBefore).isDir() ? chosenBefore
                        : QFileInfo(documents).isDir()    ? documents
                                                          : QDir::homePath();
    auto *chooser = new QFileDialog(this, ImportDialog::tr("Import File"), dir);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    const QString patterns
        = QStringLiteral("*.") + ImportPlan::fileSuffixes().join(QStringLiteral(" *."));
    chooser->setNameFilters({ImportDialog::tr("CSV and JSON files (%1)").arg(patterns),
                             ImportDialog::tr("All files (*)")});
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString &path) {
        Settings().setValue(QStringLiteral("import/folder"), QFileInfo(path).absolutePath());
        setFile(path);
    });
    chooser->open();
}

void ImportDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_askedForFile && filePath().isEmpty())
        QTimer::singleShot(0, this, &ImportDialog::browse);
    m_askedForFile = true;
}

void ImportDialog::refreshPreview()
{
    m_done = false;
    m_previewModel->clear();
    showError({});
    m_statusLabel->clear(); // the last run's outcome was about another file or reading of it
    const ImportJob::Options chosen = options();
    ImportPreview preview;
    if (!chosen.filePath.isEmpty())
        preview = chosen.format == ImportJob::Format::Json
                      ? ImportPreview::readJson(chosen.filePath, previewRows)
                      : ImportPreview::readCsv(chosen.filePath, chosen.delimiter, chosen.encoding,
                                               chosen.header, previewRows);
    // A type the user chose stays while the same column is previewed again.
    QVector<ColumnType> types = preview.types;
    for (int i = 0; i < preview.names.size(); ++i)
        types[i] = m_chosenTypes.value(preview.names.at(i).toCaseFolded(), types.at(i));
    for (int i = 0; i < preview.names.size(); ++i)
        m_previewModel->setHorizontalHeaderItem(i, new QStandardItem);
    for (const QVector<QVariant> &row : std::as_const(preview.rows)) {
        QList<QStandardItem *> items;
        for (int i = 0; i < row.size(); ++i) {
            // An unquoted empty field is NULL in every column; a quoted one ("") is empty text.
            const bool null = row.at(i).isNull();
            auto *item = new QStandardItem(null ? ImportDialog::tr("NULL")
                                                : ColumnValues::shortened(row.at(i).toString()));
            if (null)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            items << item;
        }
        m_previewModel->appendRow(items);
    }
    m_preview->resizeColumnsToContents();
    m_detectedTypes = preview.types;
    m_columnNames = preview.names;
    m_typeBar->setColumns(preview.types, types);
    for (int i = 0; i < types.size(); ++i)
        showColumnType(i, types.at(i));
    m_previewLabel->setText(
        chosen.filePath.isEmpty() ? ImportDialog::tr("Choose a file to import.")
        : preview.rows.isEmpty()  ? ImportDialog::tr("The file holds no rows.")
        : preview.more            ? ImportDialog::tr(
                         "The first %Ln row(s) of the file. Column types are guessed from these "
                                    "rows; the import checks every row.",
                         nullptr, int(preview.rows.size()))
                       : ImportDialog::tr("Rows in the file: %1.").arg(preview.rows.size()));
    if (preview.error.isError())
        showError(ImportPlan::describe(preview.error, QFileInfo(chosen.filePath).fileName()));
    m_previewOk = !preview.error.isError() && !preview.names.isEmpty();
    const QFileInfo file(chosen.filePath);
    m_fileRead = !chosen.filePath.isEmpty() && file.isFile() && file.isReadable();
    m_fileColumns = preview.sourceNames;
    updateTarget();
}

void ImportDialog::showColumnType(int column, ColumnType type)
{
    if (QStandardItem *header = m_previewModel->horizontalHeaderItem(column))
        header->setText(m_columnNames.value(column) + QLatin1Char('\n')
                        + ColumnTypeBar::typeLabel(type, m_info.server));
    const bool number
        = type == ColumnType::Integer || type == ColumnType::Real || type == ColumnType::Numeric;
    for (int row = 0; row < m_previewModel->rowCount(); ++row) {
        if (QStandardItem *item = m_previewModel->item(row, column))
            item->setTextAlignment(number ? Qt::AlignRight | Qt::AlignVCenter
                                          : Qt::AlignLeft | Qt::AlignVCenter);
    }
}

void ImportDialog::onTypeChosen(int column, ColumnType type)
{
    m_chosenTypes.insert(m_columnNames.value(column).toCaseFolded(), type);
    showColumnType(column, type);
    m_done = false;
    updateWidgets();
}

void ImportDialog::updateTarget()
{
    if (!m_tablesRead) {
        m_targetOk = false;
        m_existing = false;
        m_targetLabel->setText(
            !m_tablesError.isError()
                ? ImportDialog::tr("Reading the database's tables…")
                : ImportDialog::tr("Waiting for the database to list its tables: %1 Trying "
                                   "again every second.")
                      .arg(m_tablesError.userMessage()));
        updateWidgets();
        return;
    }
    const QString table = m_tableEdit->text();
    const ImportPlan::Target target = ImportPlan::describeTarget(
        m_info, table, m_tables.find(table), m_fileColumns, m_columnNames, m_fileRead);
    m_targetOk = target.ok;
    m_existing = target.existing;
    m_targetLabel->setText(target.description);
    updateWidgets();
}

void ImportDialog::updateWidgets()
{
    const bool running = isImporting();
    const bool csv = m_formatCombo->currentData().toInt() == int(ImportJob::Format::Csv);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_fileEdit, m_browseButton, m_formatCombo, m_tableEdit})
        widget->setEnabled(!running);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_delimiterCombo, m_encodingCombo, m_headerCheck})
        widget->setEnabled(!running && csv);
    m_typeBar->setEnabled(!running && !m_existing);
    m_typeBar->setToolTip(m_existing
                              ? ImportDialog::tr("The table exists: its own column types are used.")
                              : QString());
    m_appendRadio->setEnabled(!running && m_existing);
    m_replaceRadio->setEnabled(!running && m_existing);
    // A new table has no rows to replace; the choice comes back with the name of the table it
    // was made for, and for no other. Set here, it changes nothing else (no toggled()).
    const bool replaceChosen
        = m_existing && !m_replaceFor.isEmpty()
          && m_tableEdit->text().trimmed().compare(
                 m_replaceFor, m_info.server ? Qt::CaseSensitive : Qt::CaseInsensitive)
                 == 0;
    if (m_replaceRadio->isChecked() != replaceChosen && (!m_existing || replaceChosen)) {
        const QSignalBlocker append(m_appendRadio);
        const QSignalBlocker replace(m_replaceRadio);
        (replaceChosen ? m_replaceRadio : m_appendRadio)->setChecked(true);
    }
    m_importButton->setEnabled(!running && !m_done && m_previewOk && m_targetOk);
    m_cancelButton->setEnabled(running && !m_jobs->isCancelling());
    m_closeButton->setEnabled(!running);
    m_importButton->setDefault(!m_done);
    m_closeButton->setDefault(m_done);
}

void ImportDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

} // namespace rowbook
