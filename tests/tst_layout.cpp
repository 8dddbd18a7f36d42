// No text in the main dialogs is cut off: every label, button, check box and combo box is at
// least as wide as its text once the dialog is shown. In a 900-px-wide main window the grid keeps
// at least 55 % of the width, the record form beside it shows every field and NULL button whole
// without a horizontal scroll bar, the grid's columns fit their content (within bounds) and its
// date editor shows the whole value beside the calendar button. Registered twice: at 100 % and
// with QT_SCALE_FACTOR=2 (see CMakeLists.txt).
#include "backup.h"
#include "connectdialog.h"
#include "copydialog.h"
#include "createtabledialog.h"
#include "database.h"
#include "datepicker.h"
#include "dumpdialog.h"
#include "exportdialog.h"
#include "fieldeditor.h"
#include "gridcolumns.h"
#include "historysearch.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "populatedialog.h"
#include "queryhistory.h"
#include "recordform.h"
#include "restoredialog.h"
#include "schemadiagramview.h"
#include "schemadialog.h"
#include "schemarunner.h"
#include "screenfit.h"
#include "settings.h"
#include "shortcutsdialog.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

using namespace rowbook;
using testsupport::Probe;

class TestLayout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    // One line per widget whose text does not fit.
    static QStringList cutOff(QWidget *top)
    {
        QStringList problems;
        for (QWidget *widget : top->findChildren<QWidget *>()) {
            if (!widget->isVisible() || widget->width() <= 0)
                continue;
            const QFontMetrics metrics = widget->fontMetrics();
            int needed = 0;
            QString text;
            if (auto *label = qobject_cast<QLabel *>(widget)) {
                text = label->text();
                if (label->wordWrap() || text.isEmpty() || Qt::mightBeRichText(text)
                    || text.contains(QLatin1Char('\n')))
                    continue;
                if (label->buddy() || label->textFormat() != Qt::PlainText)
                    text.remove(QRegularExpression(QStringLiteral("&(?!&)"))); // a mnemonic
                needed = metrics.horizontalAdvance(text) + 2 * label->margin()
                         + 2 * label->frameWidth() + label->indent();
                if (needed > label->contentsRect().width() + 2 * label->frameWidth() + 1)
                    problems << QStringLiteral("label “%1”: %2 px wide, needs %3")
                                    .arg(text)
                                    .arg(label->width())
                                    .arg(needed);
            } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
                text = button->text();
                if (text.isEmpty() || button->inherits("QToolButton"))
                    continue;
                if (button->width() + 1 < button->sizeHint().width())
                    problems << QStringLiteral("button “%1”: %2 px wide, needs %3")
                                    .arg(text)
                                    .arg(button->width())
                                    .arg(button->sizeHint().width());
            } else if (auto *items = qobject_cast<QAbstractItemView *>(widget)) {
                problems << cutOffCells(items);
            } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
                // An editable combo (the foreign-key lookup) scrolls its text like a line edit;
                // its choices are shown whole in the list.
                if (combo->isEditable())
                    continue;
                text = combo->currentText();
                if (text.isEmpty())
                    continue;
                QStyleOptionComboBox option;
                option.initFrom(combo);
                option.editable = combo->isEditable();
                needed = combo->style()
                             ->sizeFromContents(
                                 QStyle::CT_ComboBox, &option,
                                 QSize(metrics.horizontalAdvance(text), metrics.height()), combo)
                             .width();
                if (combo->width() + 1 < needed)
                    problems << QStringLiteral("combo box “%1”: %2 px wide, needs %3")
                                    .arg(text)
                                    .arg(combo->width())
                                    .arg(needed);
            }
        }
        return problems;
    }

    // Cells of the first 200 rows of a table or list (the schema editor's types, the restore
    // dialog's columns) that show "…" instead of their text.
    static QStringList cutOffCells(QAbstractItemView *view)
    {
        QStringList problems;
        const QAbstractItemModel *model = view->model();
        if (!model || view->inherits("QHeaderView") || view->inherits("QListView")
            || view->objectName() == QLatin1String("tableView")
            || view->inherits("rowbook::TableList"))
            return problems; // the grid and the table list elide long texts on purpose
        for (int row = 0; row < std::min(model->rowCount(), 200); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                const QString text = index.data().toString();
                const QRect rect = view->visualRect(index);
                if (text.isEmpty() || rect.isEmpty())
                    continue;
                const int needed = view->fontMetrics().horizontalAdvance(text) + 6;
                // A table that wraps its texts shows a long one on several lines.
                const auto *table = qobject_cast<const QTableView *>(view);
                const QRect lines = view->fontMetrics().boundingRect(
                    QRect(0, 0, rect.width() - 6, 100000), Qt::TextWordWrap, text);
                const bool wrapped = table && table->wordWrap() && lines.height() <= rect.height()
                                     && lines.width() <= rect.width() - 6; // no word too long
                if (rect.width() + 1 < needed && !wrapped)
                    problems << QStringLiteral("cell “%1”: %2 px wide, needs %3")
                                    .arg(text)
                                    .arg(rect.width())
                                    .arg(needed);
            }
        }
        return problems;
    }

    // Every dialog and tool window the main window opens, on Track.
    std::vector<std::unique_ptr<QWidget>> dialogs(QueryHistory *history, SchemaRunner *runner)
    {
        const QSqlDatabase reader = m_window->workspace()->reader();
        const DatabaseInfo &info = m_window->workspace()->info();
        const QString csv = writeCsv();
        std::vector<std::unique_ptr<QWidget>> windows;
        if (csv.isEmpty())
            return windows;
        windows.emplace_back(new CreateTableDialog(reader, m_window.get()));
        windows.emplace_back(
            new SchemaDialog(reader, runner, QStringLiteral("Track"), m_window.get()));
        windows.emplace_back(new ImportDialog(info, csv, m_window.get()));
        windows.emplace_back(new PopulateDialog(info, QStringLiteral("Track"), m_window.get()));
        windows.emplace_back(new ExportDialog(info, QStringLiteral("Track"), m_window.get()));
        windows.emplace_back(new DumpDialog(info, {QStringLiteral("Track")}, m_window.get()));
        windows.emplace_back(new CopyDialog(m_path, false, m_window.get()));
        windows.emplace_back(new ShortcutsDialog(m_window.get()));
        windows.emplace_back(new HistorySearch(history, m_window.get()));
        windows.emplace_back(new SchemaDiagramWindow(m_window.get()));
        return windows;
    }

    void check(QWidget *dialog)
    {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // Until the layout passes after show have settled (a loaded machine needs longer).
        QStringList problems;
        QTRY_VERIFY2_WITH_TIMEOUT((problems = cutOff(dialog)).isEmpty(),
                                  qPrintable(problems.join(QLatin1String("; "))), 5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_path = m_dir.filePath(QStringLiteral("chinook.sqlite"));
        QVERIFY(testsupport::copyOfChinook(m_path));
        {
            testsupport::Probe probe(m_path);
            QVERIFY(probe.exec(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, x TEXT)")
                                   .arg(longTableName())));
            QVERIFY(
                probe.exec(QStringLiteral("INSERT INTO %1 VALUES (1, 'a')").arg(longTableName())));
        }
        m_window = std::make_unique<MainWindow>();
        m_window->resize(900, 600);
        QVERIFY(m_window->openDatabase(m_path, QStringLiteral("Track")));
    }

    void cleanupTestCase() { m_window.reset(); }

    static QString longTableName()
    {
        return QStringLiteral("a_table_whose_name_is_%1_long").arg(QString(100, QLatin1Char('x')));
    }

    void mainWindow() { check(m_window.get()); }

    void gridKeepsItsShareOf900Pixels()
    {
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->resize(900, 600);
        QTRY_COMPARE(m_window->width(), 900);
        QVERIFY(m_window->form()->isVisible());
        QTRY_VERIFY2(m_window->tableView()->width() >= m_window->width() * 55 / 100,
                     qPrintable(QStringLiteral("grid %1 px of %2 (form %3 px)")
                                    .arg(m_window->tableView()->width())
                                    .arg(m_window->width())
                                    .arg(m_window->form()->width())));
        // From a wide window down to 900 px, too: the side panes give up their share.
        m_window->resize(1600, 800);
        QTRY_COMPARE(m_window->width(), 1600);
        m_window->resize(900, 600);
        QTRY_COMPARE(m_window->width(), 900);
        QTRY_VERIFY2(m_window->tableView()->width() >= m_window->width() * 55 / 100,
                     qPrintable(QString::number(m_window->tableView()->width())));
    }

    // A table name longer than the form is wide (no space to wrap at) neither widens the form
    // nor the window: the grid keeps its share.
    void aLongTableNameDoesNotWidenTheForm()
    {
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->resize(900, 600);
        QTRY_COMPARE(m_window->width(), 900);
        QVERIFY(m_window->showTable(longTableName()));
        QTRY_VERIFY(m_window->form()->isVisible());
        // What the form's layout asks of its title (a word-wrapped label asks for its longest
        // word, here the whole name, and the form grew to it on X11).
        QLayout *layout = m_window->form()->layout();
        QLayoutItem *title = nullptr;
        for (int i = 0; layout && i < layout->count(); ++i) {
            auto *label = qobject_cast<QLabel *>(layout->itemAt(i)->widget());
            if (label && label->text().startsWith(longTableName()))
                title = layout->itemAt(i);
        }
        QVERIFY(title);
        QVERIFY2(title->minimumSize().width() < 450,
                 qPrintable(QString::number(title->minimumSize().width())));
        QCOMPARE(m_window->width(), 900);
        QTRY_VERIFY2(m_window->tableView()->width() >= m_window->width() * 55 / 100,
                     qPrintable(QStringLiteral("grid %1 px of %2 (form %3 px)")
                                    .arg(m_window->tableView()->width())
                                    .arg(m_window->width())
                                    .arg(m_window->form()->width())));
        QVERIFY(m_window->showTable(QStringLiteral("Track")));
    }

    // Fields of the record form that are cut off or squeezed at the form's current width: an
    // editor or NULL button reaching past the right edge of the form's viewport (or left of it),
    // narrower than it can be and still show its content, or an editor left less than half of
    // the form (beside a long label).
    static QStringList formFieldsCutOff(RecordForm *form)
    {
        QStringList problems;
        auto *scroll = form->findChild<QScrollArea *>();
        if (!scroll)
            return {QStringLiteral("no scroll area")};
        if (scroll->horizontalScrollBar()->isVisible())
            problems << QStringLiteral("horizontal scroll bar (form %1 px, fields need %2)")
                            .arg(form->width())
                            .arg(scroll->widget()->minimumSizeHint().width());
        QWidget *viewport = scroll->viewport();
        for (FieldEditor *field : form->findChildren<FieldEditor *>()) {
            const QString name = field->column().name;
            for (QWidget *part :
                 {field->editor(), static_cast<QWidget *>(field->findChild<QToolButton *>(
                                       QStringLiteral("null:") + name))}) {
                if (!part || !part->isVisible()) {
                    problems << QStringLiteral("%1: a part is hidden").arg(name);
                    continue;
                }
                const QRect rect(part->mapTo(viewport, QPoint(0, 0)), part->size());
                if (rect.left() < 0 || rect.right() >= viewport->width())
                    problems << QStringLiteral("%1 (%2): x %3–%4, form viewport %5 px wide "
                                               "(form %6 px, fields need %7)")
                                    .arg(name, part->objectName())
                                    .arg(rect.left())
                                    .arg(rect.right())
                                    .arg(viewport->width())
                                    .arg(form->width())
                                    .arg(scroll->widget()->minimumSizeHint().width());
                else if (part == field->editor() && part->width() * 2 < viewport->width())
                    problems << QStringLiteral("%1: %2 px, less than half of the form's %3")
                                    .arg(name)
                                    .arg(part->width())
                                    .arg(viewport->width());
                else if (part->width() < part->minimumSizeHint().width())
                    problems << QStringLiteral("%1 (%2): %3 px, needs %4")
                                    .arg(name, part->objectName())
                                    .arg(part->width())
                                    .arg(part->minimumSizeHint().width());
            }
        }
        return problems;
    }

    void formIsUsableIn900Pixels_data()
    {
        QTest::addColumn<QString>("table");
        QTest::newRow("Track") << QStringLiteral("Track");       // long names, numbers
        QTest::newRow("Employee") << QStringLiteral("Employee"); // dates with times
        QTest::newRow("Invoice") << QStringLiteral("Invoice");   // a foreign-key lookup
    }

    // At 900 × 700 the side form shows every field whole, with its NULL button, and no
    // horizontal scroll bar; the grid keeps at least 55 % of the width.
    void formIsUsableIn900Pixels()
    {
        QFETCH(QString, table);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->resize(900, 700);
        QTRY_COMPARE(m_window->width(), 900);
        QVERIFY(m_window->showTable(table));
        QTRY_VERIFY(!m_window->workspace()->model()->isLoading());
        QTableView *view = m_window->tableView();
        view->setCurrentIndex(view->model()->index(0, 1));
        RecordForm *form = m_window->form();
        QTRY_COMPARE(form->currentRow(), 0);
        QVERIFY(form->isVisible());
        // The layout passes after the fields were built take longer on a loaded machine (and
        // under the sanitizers): wait until they have settled, not a fixed time.
        QStringList problems;
        QTRY_VERIFY2_WITH_TIMEOUT((problems = formFieldsCutOff(form) + cutOff(form)).isEmpty(),
                                  qPrintable(problems.join(QLatin1String("; "))), 5000);
        QVERIFY2(view->width() >= m_window->width() * 55 / 100,
                 qPrintable(QStringLiteral("grid %1 px of %2 (form %3 px)")
                                .arg(view->width())
                                .arg(m_window->width())
                                .arg(form->width())));
        QVERIFY(m_window->showTable(QStringLiteral("Track")));
    }

    // Every column of the grid is at least as wide as its widest value in the first rows (up to
    // the cap) and no wider than the cap.
    static QStringList columnsNotFitting(QTableView *view)
    {
        QStringList problems;
        const QAbstractItemModel *model = view->model();
        const int most = GridColumns::maximumWidth(view);
        const QFontMetrics metrics = view->fontMetrics();
        const int lastRow = std::min(model->rowCount(), 200) - 1;
        if (lastRow < 1)
            return {QStringLiteral("no rows")};
        for (int column = 0; column < model->columnCount(); ++column) {
            int needed = 0;
            for (int row = 0; row <= lastRow; ++row)
                needed = std::max(
                    needed, metrics.horizontalAdvance(model->index(row, column).data().toString()));
            const int width = view->columnWidth(column);
            if (width < std::min(needed, most) || width > most)
                problems << QStringLiteral("%1: %2 px, needs %3 (at most %4)")
                                .arg(model->headerData(column, Qt::Horizontal).toString())
                                .arg(width)
                                .arg(needed)
                                .arg(most);
        }
        return problems;
    }

    void gridColumnsFitTheirContent()
    {
        QTableView *view = m_window->tableView();
        QVERIFY(m_window->showTable(QStringLiteral("Album")));
        QVERIFY(m_window->showTable(QStringLiteral("Track")));
        QTRY_VERIFY(!m_window->workspace()->model()->isLoading());
        QStringList problems = columnsNotFitting(view);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("; "))));
        // Name holds "For Those About To Rock (We Salute You)" in its first row: more than the
        // header alone would give it.
        const int name
            = m_window->workspace()->model()->tableInfo().columnIndex(QStringLiteral("Name"));
        QVERIFY(view->columnWidth(name) >= view->fontMetrics().horizontalAdvance(
                    QStringLiteral("For Those About To Rock (We Salute You)")));

        // A column added by a schema change is sized too, not left at the default width.
        QVERIFY(m_window->showTable(QStringLiteral("Genre")));
        QVERIFY(Probe(m_path).exec(
            QStringLiteral("ALTER TABLE Genre ADD COLUMN About TEXT "
                           "DEFAULT 'Music with a long description in every row'")));
        m_window->reloadSchema(QStringLiteral("Genre"));
        QTRY_COMPARE(view->model()->columnCount(), 3);
        QTRY_VERIFY(!m_window->workspace()->model()->isLoading());
        problems = columnsNotFitting(view);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("; "))));
        QVERIFY(m_window->showTable(QStringLiteral("Track")));
    }

    // A schema change on a table bigger than its first page keeps the place at the end: the
    // rows come back a page first and the rest later, and the scroll position waits for them
    // (it was cut to the first page's range: rows 229-258 shown while the current row was last).
    void schemaChangeKeepsThePlaceAtTheEnd()
    {
        QTableView *view = m_window->tableView();
        QVERIFY(Probe(m_path).exec(QStringLiteral(
            "CREATE TABLE Big AS WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c "
            "WHERE i < 100000) SELECT i AS n, 'row ' || i AS label FROM c")));
        m_window->reloadSchema(QStringLiteral("Big"));
        TableModel *model = m_window->workspace()->model();
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->rowCount(), 100000);
        const int last = model->rowCount() - 1;
        view->setCurrentIndex(model->index(last, 1));
        view->scrollToBottom();
        QCoreApplication::processEvents();
        const int scroll = view->verticalScrollBar()->value();
        QVERIFY(scroll > 1000);
        m_window->reloadSchema(QStringLiteral("Big")); // as after Edit Columns
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(view->currentIndex().row(), last);
        QCOMPARE(view->verticalScrollBar()->value(), scroll);
        QVERIFY(Probe(m_path).exec(QStringLiteral("DROP TABLE Big")));
        m_window->reloadSchema(QStringLiteral("Track"));
    }

    void gridDateEditorShowsTheWholeValue()
    {
        QTableView *view = m_window->tableView();
        QVERIFY(m_window->showTable(QStringLiteral("Employee")));
        TableModel *model = m_window->workspace()->model();
        QTRY_VERIFY(model->rowCount() > 0);
        const int column = model->tableInfo().columnIndex(QStringLiteral("BirthDate"));
        QVERIFY(column >= 0);
        view->setColumnWidth(column, GridColumns::minimumWidth(view));
        const QModelIndex index = model->index(0, column);
        view->scrollTo(index);
        view->setCurrentIndex(index);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F2);
        QLineEdit *edit = nullptr;
        QTRY_VERIFY((edit = qobject_cast<QLineEdit *>(QApplication::focusWidget())));
        QCOMPARE(edit->text(), QStringLiteral("1962-02-18 00:00:00"));
        QToolButton *button = nullptr;
        for (QToolButton *candidate : edit->findChildren<QToolButton *>()) {
            if (candidate->isVisible())
                button = candidate;
        }
        QVERIFY(button);
        const int textEnd
            = edit->textMargins().left() + 2 + edit->fontMetrics().horizontalAdvance(edit->text());
        QVERIFY2(textEnd <= button->geometry().left(),
                 qPrintable(QStringLiteral("the text ends at %1 px, the calendar button starts "
                                           "at %2 (editor %3 px wide)")
                                .arg(textEnd)
                                .arg(button->geometry().left())
                                .arg(edit->width())));
        QVERIFY(edit->geometry().right() < view->viewport()->width());
        QTest::keyClick(edit, Qt::Key_Escape);
        QVERIFY(m_window->showTable(QStringLiteral("Track")));
    }

    void createTableDialog()
    {
        CreateTableDialog dialog(m_window->workspace()->reader(), m_window.get());
        check(&dialog);
    }

    void schemaDialog()
    {
        SchemaRunner runner(m_window->workspace()->saver());
        SchemaDialog dialog(m_window->workspace()->reader(), &runner, QStringLiteral("Track"),
                            m_window.get());
        check(&dialog);
    }

    // In every language, the new column's name and default have room for a word, not a few
    // letters, beside their labels, and the server dialog's hints show whole.
    void fieldsHaveRoomInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QString();
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void fieldsHaveRoomInEveryLanguage()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/rowbook_") + language));
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        SchemaRunner runner(m_window->workspace()->saver());
        SchemaDialog dialog(m_window->workspace()->reader(), &runner, QStringLiteral("Track"),
                            m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (const char *name : {"newColumnName", "newColumnDefault"}) {
            const auto *field = dialog.findChild<QLineEdit *>(QLatin1String(name));
            QVERIFY(field);
            QVERIFY2(field->width() >= 10 * field->fontMetrics().averageCharWidth(),
                     qPrintable(QStringLiteral("%1: %2 px").arg(name).arg(field->width())));
        }
        // File → Connect to Server…: each hint shows whole in its empty field.
        ConnectDialog connect(m_window.get());
        connect.show();
        QVERIFY(QTest::qWaitForWindowExposed(&connect));
        int hints = 0;
        for (const QLineEdit *field : connect.findChildren<QLineEdit *>()) {
            const QString hint = field->placeholderText();
            if (hint.isEmpty() || !field->isVisible())
                continue;
            const int needed = field->fontMetrics().horizontalAdvance(hint) + 8;
            QVERIFY2(field->width() >= needed, qPrintable(QStringLiteral("“%1”: %2 px, needs %3")
                                                              .arg(hint)
                                                              .arg(field->width())
                                                              .arg(needed)));
            ++hints;
        }
        QCOMPARE(hints, 3);
        QCoreApplication::removeTranslator(&translator);
    }

    void restoreDialog()
    {
        QVERIFY(Backup::create(m_path, Backup::Reason::PreDropColumn).ok());
        QVERIFY(Backup::create(m_path, Backup::Reason::Daily).ok());
        RestoreDialog dialog(m_path, m_window.get());
        check(&dialog);
    }

    void exportDialog()
    {
        ExportDialog dialog(m_window->workspace()->info(), QStringLiteral("Track"), m_window.get());
        check(&dialog);
    }

    // A small CSV file to import; empty when it cannot be written.
    QString writeCsv()
    {
        const QString csv = m_dir.filePath(QStringLiteral("people.csv"));
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(
            "name;born;city\nAda Lovelace;1815-12-10;London\nAlan Turing;1912-06-23;London\n");
        return csv;
    }

    void importDialog()
    {
        const QString csv = writeCsv();
        QVERIFY(!csv.isEmpty());
        ImportDialog dialog(m_window->workspace()->info(), csv, m_window.get());
        check(&dialog);
    }

    // When the grid gets shorter (a dock opens below it), the status bar counts the rows now
    // on screen and the current row stays in sight.
    void aShorterGridCountsItsRowsAndKeepsTheCurrentRow()
    {
        QVERIFY(m_window->showTable(QStringLiteral("Track")));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->resize(900, 800);
        QTRY_COMPARE(m_window->height(), 800);
        QTableView *view = m_window->tableView();
        auto *rows = m_window->findChild<QLabel *>(QStringLiteral("rowsLabel"));
        QVERIFY(rows);
        const int last = view->rowAt(view->viewport()->height() - 1);
        QVERIFY(last > 12);
        view->setCurrentIndex(view->model()->index(last - 1, 1));
        QTRY_VERIFY2(rows->text().startsWith(QStringLiteral("Rows 1–%1 ").arg(last + 1)),
                     qPrintable(rows->text()));
        m_window->resize(900, 420);
        QTRY_COMPARE(m_window->height(), 420);
        const int shown = view->viewport()->height();
        QTRY_VERIFY2(view->visualRect(view->currentIndex()).bottom() < shown,
                     qPrintable(QString::number(view->visualRect(view->currentIndex()).bottom())));
        const int first = view->rowAt(0);
        const int lastNow = view->rowAt(shown - 1);
        QTRY_VERIFY2(
            rows->text().startsWith(QStringLiteral("Rows %1–%2 ").arg(first + 1).arg(lastNow + 1)),
            qPrintable(rows->text()));
        m_window->resize(900, 600);
    }

    // Every dialog and window that opens at a size of its own fits the screen it opens on, on
    // a small one too (tst_layout_small_screen, tst_layout_small_screen_200), and shows its
    // texts whole there.
    void dialogsFitTheScreen()
    {
        QVERIFY(m_window->showTable(QStringLiteral("Track")));
        // The main window as it first opens: within the screen.
        const QRect available = m_window->screen()->availableGeometry();
        m_window->setGeometry(
            QRect(available.topLeft(), sizeWithinScreen(m_window.get(), {1280, 800})));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QueryHistory history(m_path);
        SchemaRunner runner(m_window->workspace()->saver());
        const auto windows = dialogs(&history, &runner);
        QVERIFY(!windows.empty());
        for (const auto &window : windows) {
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            const QRect frame = window->frameGeometry();
            QVERIFY2(available.contains(frame),
                     qPrintable(QStringLiteral("%1 at %2,%3 %4x%5, screen %6x%7")
                                    .arg(QString::fromLatin1(window->metaObject()->className()))
                                    .arg(frame.x())
                                    .arg(frame.y())
                                    .arg(frame.width())
                                    .arg(frame.height())
                                    .arg(available.width())
                                    .arg(available.height())));
            QStringList problems;
            QTRY_VERIFY2_WITH_TIMEOUT(
                (problems = cutOff(window.get())).isEmpty(),
                qPrintable(QString::fromLatin1(window->metaObject()->className())
                           + QLatin1String(": ") + problems.join(QLatin1String("; "))),
                5000);
            window->hide(); // not close(): the diagram's window would delete itself
        }
    }

    // Tab leaves every list and table of the dialogs for the next control (arrow keys move
    // within them): a keyboard user is never kept in one.
    void tabLeavesTheListsOfDialogs()
    {
        QVERIFY(m_window->showTable(QStringLiteral("Track")));
        QueryHistory history(m_path);
        SchemaRunner runner(m_window->workspace()->saver());
        const auto windows = dialogs(&history, &runner);
        QVERIFY(!windows.empty());
        int checked = 0;
        for (const auto &window : windows) {
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
                if (!view->isVisible() || !(view->focusPolicy() & Qt::TabFocus))
                    continue;
                view->setFocus();
                QTest::keyClick(view, Qt::Key_Tab);
                QVERIFY2(
                    window->focusWidget() != view,
                    qPrintable(QStringLiteral("%1 in %2")
                                   .arg(view->objectName(),
                                        QString::fromLatin1(window->metaObject()->className()))));
                ++checked;
            }
            window->hide();
        }
        QVERIFY(checked >= 8);
    }

    // Last: a second main window shown takes the focus from m_window.
    // The first window (no size remembered) fits the screen it opens on and uses the room there
    // is, up to 1280x800. Meaningful on a small screen: tst_layout_small_screen runs it on a
    // 1366x768 laptop's, tst_layout_small_screen_200 on 1920x1080 at 200 % (960x540 to lay out).
    void firstWindowFitsTheScreen()
    {
        Settings().remove(QStringLiteral("window/geometry"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        const QString sizes = QStringLiteral("window %1x%2 (frame %3x%4), screen %5x%6")
                                  .arg(window.width())
                                  .arg(window.height())
                                  .arg(window.frameGeometry().width())
                                  .arg(window.frameGeometry().height())
                                  .arg(available.width())
                                  .arg(available.height());
        QVERIFY2(window.frameGeometry().width() <= available.width()
                     && window.frameGeometry().height() <= available.height(),
                 qPrintable(sizes));
        QVERIFY2(window.width() >= qMin(1280, available.width() * 8 / 10)
                     && window.height() >= qMin(800, available.height() * 8 / 10),
                 qPrintable(sizes));
        check(&window);
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
