// Edit Column's dialog, foreign keys in the grid and form (ForeignKeyCombo, Ctrl+click
// ForeignKeyJump), the cell editor dock and the structure view, on a copy of Chinook; what is saved
// is read back independently.
#include "autosaver.h"
#include "celldock.h"
#include "clipboardformat.h"
#include "columneditdialog.h"
#include "columnvalues.h"
#include "consoleactions.h"
#include "editstore.h"
#include "fieldeditor.h"
#include "foreignkeycombo.h"
#include "mainwindow.h"
#include "queryresultmodel.h"
#include "recordform.h"
#include "sqlconsole.h"
#include "sqleditor.h"
#include "structuredock.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "workspace.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace rowbook;
using testsupport::Probe;

class TestDataDocks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    QByteArray m_png;
    QByteArray m_noise;

    QTableView *view() const { return m_window->tableView(); }
    TableModel *model() const { return m_window->workspace()->model(); }
    QModelIndex cell(int row, const QString &column) const
    {
        return model()->index(row, model()->tableInfo().columnIndex(column));
    }
    // The grid's open foreign-key editor (one closed may wait for its deletion).
    ForeignKeyCombo *openCombo() const
    {
        for (ForeignKeyCombo *combo : view()->findChildren<ForeignKeyCombo *>()) {
            if (combo->isVisible())
                return combo;
        }
        return nullptr;
    }
    void saveAndWait()
    {
        AutoSaver *saver = m_window->workspace()->autoSaver();
        saver->saveNow();
        QTRY_VERIFY_WITH_TIMEOUT(saver->isIdle(), 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QImage image(48, 32, QImage::Format_RGB32);
        image.fill(QColor(0x2a, 0x7a, 0xd8));
        QBuffer buffer(&m_png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "PNG"));
        for (int i = 0; i < 5000; ++i)
            m_noise.append(char(QRandomGenerator::global()->bounded(256)));
    }

    void init()
    {
        m_path = testsupport::testFile(m_dir);
        QVERIFY(testsupport::copyOfChinook(m_path));
        {
            Probe probe(m_path);
            QVERIFY(probe.exec(QStringLiteral(
                "CREATE TABLE files (id INTEGER PRIMARY KEY, note TEXT, data BLOB)")));
            QSqlQuery insert(probe.db());
            insert.prepare(QStringLiteral("INSERT INTO files (note, data) VALUES (?, ?)"));
            insert.addBindValue(QStringLiteral("A long note. ").repeated(200));
            insert.addBindValue(m_png);
            QVERIFY(insert.exec());
            insert.addBindValue(QStringLiteral("noise"));
            insert.addBindValue(m_noise);
            QVERIFY(insert.exec());
        }
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openDatabase(m_path, QStringLiteral("Album")));
        m_window->workspace()->autoSaver()->setDebounceMs(30);
    }

    void cleanup() { m_window.reset(); }

    void foreignKeyComboShowsTheNameAndStoresTheKey()
    {
        const QModelIndex index = cell(0, QStringLiteral("ArtistId"));
        QCOMPARE(index.data(Qt::EditRole).toInt(), 1);
        view()->setCurrentIndex(index);
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_F2);
        auto *combo = view()->findChild<ForeignKeyCombo *>();
        QVERIFY2(combo, "a foreign-key combo opens in the cell");
        QTRY_VERIFY(!combo->isReading()); // read in the background
        QCOMPARE(combo->currentText(), QStringLiteral("AC/DC"));
        QCOMPARE(combo->count(), 275); // every artist, sorted by name
        QVERIFY(combo->completer()->filterMode() == Qt::MatchContains);

        combo->lineEdit()->selectAll();
        QTest::keyClicks(combo->lineEdit(), QStringLiteral("Accept"));
        if (combo->completer()->popup()->isVisible())
            QTest::keyClick(combo->completer()->popup(), Qt::Key_Escape);
        QCOMPARE(combo->key().toInt(), 2);
        QTest::keyClick(combo, Qt::Key_Return);
        QTRY_COMPARE(model()->data(index, Qt::EditRole).toInt(), 2);
        saveAndWait();
        QCOMPARE(Probe(m_path)
                     .value(QStringLiteral("SELECT ArtistId FROM Album WHERE AlbumId = 1"))
                     .toInt(),
                 2);
        QCOMPARE(Probe(m_path)
                     .value(QStringLiteral("SELECT typeof(ArtistId) FROM Album WHERE AlbumId = 1"))
                     .toString(),
                 QStringLiteral("integer"));
    }

    void formUsesTheComboToo()
    {
        view()->setCurrentIndex(cell(9, QStringLiteral("Title")));
        FieldEditor *field = m_window->form()->editor(QStringLiteral("ArtistId"));
        auto *combo = qobject_cast<ForeignKeyCombo *>(field->editor());
        QVERIFY(combo);
        QTRY_COMPARE(combo->currentText(), QStringLiteral("Audioslave"));
        QTRY_VERIFY(!combo->isReading());
        combo->setFocus();
        combo->lineEdit()->selectAll();
        QTest::keyClicks(combo->lineEdit(), QStringLiteral("AC/DC"));
        if (combo->completer()->popup()->isVisible())
            QTest::keyClick(combo->completer()->popup(), Qt::Key_Escape);
        view()->setFocus(); // leaving the field commits it
        QTRY_COMPARE(cell(9, QStringLiteral("ArtistId")).data(Qt::EditRole).toInt(), 1);
        saveAndWait();
        QCOMPARE(Probe(m_path)
                     .value(QStringLiteral("SELECT ArtistId FROM Album WHERE AlbumId = 10"))
                     .toInt(),
                 1);
    }

    // Text that names no artist is refused where it was typed, with the reason; the key is
    // unchanged. The grid used to close the editor and drop the input without a word.
    void theGridRefusesANameNoRowHas()
    {
        const QModelIndex index = cell(0, QStringLiteral("ArtistId"));
        view()->setCurrentIndex(index);
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_F2);
        auto *combo = view()->findChild<ForeignKeyCombo *>();
        QVERIFY(combo);
        QTRY_VERIFY(!combo->isReading());
        combo->lineEdit()->selectAll();
        QTest::keyClicks(combo->lineEdit(), QStringLiteral("Nobody at all"));
        if (combo->completer()->popup()->isVisible())
            QTest::keyClick(combo->completer()->popup(), Qt::Key_Escape);
        QTest::keyClick(combo, Qt::Key_Return);
        QVERIFY(combo->isVisible()); // the editor stays open with what was typed
        QCOMPARE(combo->currentText(), QStringLiteral("Nobody at all"));
        auto *note = view()->viewport()->findChild<QLabel *>(QStringLiteral("cellEditorNote"));
        QVERIFY(note && note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("“Artist”"))
                     && note->text().contains(QLatin1String("Nobody at all")),
                 qPrintable(note->text()));
        QCOMPARE(index.data(Qt::EditRole).toInt(), 1);

        // Clicking another cell closes the editor; it opens again on the cell with the input.
        const QModelIndex other = cell(3, QStringLiteral("Title"));
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {},
                          view()->visualRect(other).center());
        QTRY_COMPARE(view()->currentIndex(), index);
        ForeignKeyCombo *again = nullptr;
        QTRY_VERIFY((again = openCombo()) != nullptr);
        QTRY_VERIFY(!again->isReading()); // the input stays when the choices come
        QCOMPARE(again->currentText(), QStringLiteral("Nobody at all"));
        QLabel *reason = nullptr; // and so does the reason
        for (QLabel *label :
             view()->viewport()->findChildren<QLabel *>(QStringLiteral("cellEditorNote"))) {
            if (label->isVisible())
                reason = label;
        }
        QVERIFY(reason);
        QVERIFY2(reason->text().contains(QStringLiteral("named “Nobody at all”")),
                 qPrintable(reason->text()));
        QCOMPARE(index.data(Qt::EditRole).toInt(), 1);

        // A key typed where the list has no such name is stored as the number it is.
        again->lineEdit()->selectAll();
        QTest::keyClicks(again->lineEdit(), QStringLiteral("275"));
        if (again->completer()->popup()->isVisible())
            QTest::keyClick(again->completer()->popup(), Qt::Key_Escape);
        QTest::keyClick(again, Qt::Key_Return);
        QTRY_COMPARE(index.data(TableModel::StoredRole).toInt(), 275);
        QCOMPARE(index.data(TableModel::StoredRole).typeId(), int(QMetaType::LongLong));
    }

    // A key typed into the form is stored as a number in a number column (it was stored as the
    // text "275", and the field then said the value was no number); a name no artist has is
    // refused in the field, which keeps it.
    void theFormStoresATypedKeyAsANumber()
    {
        view()->setCurrentIndex(cell(9, QStringLiteral("Title")));
        FieldEditor *field = m_window->form()->editor(QStringLiteral("ArtistId"));
        auto *combo = qobject_cast<ForeignKeyCombo *>(field->editor());
        QVERIFY(combo);
        const auto type = [&](const QString &text) {
            combo->setFocus();
            combo->lineEdit()->selectAll();
            QTest::keyClicks(combo->lineEdit(), text);
            if (combo->completer()->popup()->isVisible())
                QTest::keyClick(combo->completer()->popup(), Qt::Key_Escape);
            view()->setFocus(); // leaving the field commits it
        };
        type(QStringLiteral("Nobody at all")); // judged once the names have been read
        QTRY_VERIFY2(field->problem().contains(QStringLiteral("row of “Artist” is named “Nobody")),
                     qPrintable(field->problem()));
        QCOMPARE(combo->currentText(), QStringLiteral("Nobody at all"));
        QCOMPARE(cell(9, QStringLiteral("ArtistId")).data(TableModel::StoredRole),
                 QVariant(qlonglong(8)));

        type(QStringLiteral("275"));
        const QModelIndex artist = cell(9, QStringLiteral("ArtistId"));
        QTRY_COMPARE(artist.data(TableModel::StoredRole).toInt(), 275);
        // As typed, before any read of the saved row.
        QCOMPARE(artist.data(TableModel::StoredRole).typeId(), int(QMetaType::LongLong));
        QVERIFY(field->problem().isEmpty());
        auto *note = field->findChild<QLabel *>(QStringLiteral("note:ArtistId"));
        QTRY_VERIFY(note && note->isHidden()); // no "not a number, so it is edited as text"
        saveAndWait();
        QCOMPARE(Probe(m_path)
                     .value(QStringLiteral("SELECT ArtistId FROM Album WHERE AlbumId = 10"))
                     .toInt(),
                 275);
    }

    // The table's foreign keys are read once for the table, not at every cell editor that
    // opens (each read was several catalog queries on the GUI thread, round trips on a server).
    void cellEditorsDoNotReadTheCatalog()
    {
        QVERIFY(m_window->form()->editor(QStringLiteral("ArtistId"))); // the form has read them
        const int reads = ForeignKeys::constraintReads();
        for (const QString &column : {QStringLiteral("Title"), QStringLiteral("ArtistId")}) {
            view()->setCurrentIndex(cell(2, column));
            view()->setFocus();
            QTest::keyClick(view(), Qt::Key_F2);
            QWidget *editor = nullptr;
            QTRY_VERIFY((editor = view()->indexWidget(cell(2, column))) != nullptr);
            QCOMPARE(qobject_cast<ForeignKeyCombo *>(editor) != nullptr,
                     column == QStringLiteral("ArtistId"));
            QTest::keyClick(editor, Qt::Key_Escape);
            QTRY_VERIFY(!view()->indexWidget(cell(2, column)));
        }
        QCOMPARE(ForeignKeys::constraintReads(), reads);
    }

    // A foreign key another program adds without changing the columns (SQLite: the table made
    // again) is seen once the schema change is: the keys are read again then.
    void foreignKeysAddedElsewhereAreSeen()
    {
        QVERIFY(m_window->showTable(QStringLiteral("Genre")));
        const auto nameKey = [this] {
            return ForeignKeys::find(model()->foreignKeys(), QStringLiteral("Name"));
        };
        QVERIFY(!nameKey().isValid());
        Probe other(m_path);
        for (const char *sql : {"CREATE TABLE g (GenreId INTEGER NOT NULL, Name NVARCHAR(120) "
                                "REFERENCES Artist (Name), PRIMARY KEY (GenreId))",
                                "INSERT INTO g SELECT * FROM Genre", "DROP TABLE Genre",
                                "ALTER TABLE g RENAME TO Genre"})
            QVERIFY(other.exec(QString::fromLatin1(sql)));
        QTRY_VERIFY(nameKey().isValid());
        QCOMPARE(nameKey().parentTable, QStringLiteral("Artist"));
    }

    void ctrlClickJumpsToTheReferencedRow()
    {
        const QModelIndex index = cell(9, QStringLiteral("ArtistId")); // Audioslave, ArtistId 8
        view()->scrollTo(index);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          view()->visualRect(index).center());
        QCOMPARE(model()->tableName(), QStringLiteral("Artist"));
        QTRY_COMPARE(view()->currentIndex().siblingAtColumn(0).data().toInt(), 8);
        const int row = view()->currentIndex().row();
        QCOMPARE(cell(row, QStringLiteral("Name")).data().toString(), QStringLiteral("Audioslave"));
        QVERIFY(view()->selectionModel()->isRowSelected(row, {}));
    }

    // A value of megabytes: the grid and the form show its start (laying it all out would hold
    // the window for seconds), copying and the Cell Editor take it whole.
    void aHugeTextIsShownShortenedAndTakenWhole()
    {
        const QString huge = QStringLiteral("0123456789").repeated(300000);
        // Several lines, one of them long: edited in lines, which wrap.
        const QString lines = QStringLiteral("short line\n") + QString(50000, QLatin1Char('w'));
        {
            Probe probe(m_path);
            QSqlQuery insert(probe.db());
            insert.prepare(QStringLiteral("INSERT INTO files (note) VALUES (?)"));
            for (const QString &note : {huge, lines}) {
                insert.addBindValue(note);
                QVERIFY(insert.exec());
            }
        }
        auto *dock = m_window->findChild<CellDock *>();
        dock->toggleViewAction()->trigger();
        QTRY_VERIFY(dock->isVisible());
        QVERIFY(m_window->showTable(QStringLiteral("files")));
        const QModelIndex note = cell(2, QStringLiteral("note"));
        const QString shown = model()->data(note, Qt::DisplayRole).toString();
        QCOMPARE(shown, huge.left(ColumnValues::shownChars) + QStringLiteral(" …"));
        QCOMPARE(ClipboardFormat::cellText(note), huge);

        view()->setCurrentIndex(note);
        FieldEditor *field = m_window->form()->editor(QStringLiteral("note"));
        auto *edit = qobject_cast<QLineEdit *>(field->editor());
        QVERIFY(edit);
        QTRY_COMPARE(edit->text(), huge.left(ColumnValues::editedChars) + QStringLiteral(" …"));
        QVERIFY(edit->isReadOnly());
        const auto *fieldNote = m_window->form()->findChild<QLabel *>(QStringLiteral("note:note"));
        QVERIFY(fieldNote && fieldNote->isVisibleTo(field));
        QVERIFY2(fieldNote->text().contains(QStringLiteral("3,000,000 characters")),
                 qPrintable(fieldNote->text()));
        // The Cell Editor shows its start too, and Export… saves it whole.
        QTRY_COMPARE(dock->textEdit()->toPlainText(),
                     huge.left(ColumnValues::wrappedLineChars) + QStringLiteral(" …"));
        QVERIFY(dock->textEdit()->isReadOnly());
        const auto *info = dock->findChild<QLabel *>(QStringLiteral("cellInfo"));
        QVERIFY2(info->text().contains(QStringLiteral("3,000,000 characters")),
                 qPrintable(info->text()));
        const QString exported = m_dir.filePath(QStringLiteral("huge.txt"));
        QString error;
        QVERIFY2(dock->exportTo(exported, &error), qPrintable(error));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), huge);

        // F2 in the grid: the cell's editor shows its start too, read-only; closing it writes
        // nothing.
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_F2);
        auto *cellEditor = qobject_cast<QLineEdit *>(view()->indexWidget(note));
        QVERIFY(cellEditor);
        QCOMPARE(cellEditor->text(), edit->text());
        QVERIFY(cellEditor->isReadOnly());
        QTest::keyClick(cellEditor, Qt::Key_X);
        QTest::keyClick(cellEditor, Qt::Key_Return);
        QTRY_VERIFY(!view()->indexWidget(note));
        QCOMPARE(m_window->workspace()->edits()->pendingCount(), 0);
        QCOMPARE(model()->data(note, Qt::EditRole).toString(), huge);

        // In lines: the form's multi-line box stops within the long line, read-only.
        view()->setCurrentIndex(cell(3, QStringLiteral("note")));
        QTRY_VERIFY(qobject_cast<QPlainTextEdit *>(field->editor()));
        auto *box = qobject_cast<QPlainTextEdit *>(field->editor());
        const qsizetype inLines = ColumnValues::editableLength(lines, true);
        QCOMPARE(inLines, 11 + ColumnValues::wrappedLineChars);
        QCOMPARE(box->toPlainText(), lines.left(inLines) + QStringLiteral(" …"));
        QVERIFY(box->isReadOnly());
        QVERIFY(fieldNote->isVisibleTo(field));
        QCOMPARE(dock->textEdit()->toPlainText(), box->toPlainText());

        // Another row's value is editable in the form again.
        view()->setCurrentIndex(cell(0, QStringLiteral("note")));
        QTRY_VERIFY(qobject_cast<QLineEdit *>(field->editor()));
        QVERIFY(!qobject_cast<QLineEdit *>(field->editor())->isReadOnly());
        QVERIFY(!fieldNote->isVisibleTo(field));
        QVERIFY(!dock->textEdit()->isReadOnly());
    }

    void cellDockShowsTextImageAndHex()
    {
        auto *dock = m_window->findChild<CellDock *>();
        dock->toggleViewAction()->trigger();
        QTRY_VERIFY(dock->isVisible());
        QVERIFY(m_window->showTable(QStringLiteral("files")));
        view()->setCurrentIndex(cell(0, QStringLiteral("note")));
        QCOMPARE(dock->pages()->currentIndex(), int(CellDock::TextPage));
        QCOMPARE(dock->textEdit()->toPlainText(), QStringLiteral("A long note. ").repeated(200));
        QVERIFY(dock->textEdit()->lineWrapMode() == QPlainTextEdit::WidgetWidth);
        auto *info = dock->findChild<QLabel *>(QStringLiteral("cellInfo"));
        QVERIFY(info);
        QVERIFY2(info->text().startsWith(QStringLiteral("note, row 1 · ")),
                 qPrintable(info->text()));

        view()->setCurrentIndex(cell(0, QStringLiteral("data")));
        QCOMPARE(dock->pages()->currentIndex(), int(CellDock::ImagePage));
        QVERIFY(!dock->imageView()->pixmap().isNull());
        QVERIFY(dock->hexView()->toPlainText().startsWith(
            QLatin1String("00000000  89 50 4e 47 0d 0a 1a 0a")));

        view()->setCurrentIndex(cell(1, QStringLiteral("data")));
        QCOMPARE(dock->pages()->currentIndex(), int(CellDock::HexPage));
        QCOMPARE(dock->hexView()->toPlainText().count(QLatin1Char('\n')), (5000 + 15) / 16);

        // Editing long text in the dock and applying it saves it.
        view()->setCurrentIndex(cell(1, QStringLiteral("note")));
        dock->textEdit()->setFocus();
        dock->textEdit()->selectAll();
        QTest::keyClicks(dock->textEdit(), QStringLiteral("line one"));
        QTest::keyClick(dock->textEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(cell(1, QStringLiteral("note")).data(Qt::EditRole).toString(),
                     QStringLiteral("line one"));
        saveAndWait();
        QCOMPARE(
            Probe(m_path).value(QStringLiteral("SELECT note FROM files WHERE id = 2")).toString(),
            QStringLiteral("line one"));
    }

    // The Cell Editor shows the console result's current cell while the result has the
    // focus (read-only: a result is not a table), and the grid's again once the grid has it.
    void cellDockFollowsTheConsolesResult()
    {
        auto *dock = m_window->findChild<CellDock *>();
        dock->toggleViewAction()->trigger();
        QTRY_VERIFY(dock->isVisible());
        QVERIFY(m_window->showTable(QStringLiteral("files")));
        view()->setFocus();
        view()->setCurrentIndex(cell(1, QStringLiteral("note")));
        QCOMPARE(dock->textEdit()->toPlainText(), QStringLiteral("noise"));

        auto *actions = m_window->findChild<ConsoleActions *>();
        QVERIFY(actions);
        SqlConsole *console = actions->openConsole();
        QVERIFY(console);
        console->editor()->setPlainText(
            QStringLiteral("SELECT 'from the console' AS said, 42 AS answer"));
        console->runAll();
        QTRY_VERIFY_WITH_TIMEOUT(!console->isRunning(), 10000);
        QTRY_COMPARE(console->resultModel()->rowCount(), 1);
        QTableView *result = console->resultView();
        result->setFocus();
        QTRY_COMPARE(dock->followedView(), result);
        result->setCurrentIndex(result->model()->index(0, 0));
        QCOMPARE(dock->textEdit()->toPlainText(), QStringLiteral("from the console"));
        QVERIFY(dock->textEdit()->isReadOnly());
        QVERIFY2(dock->findChild<QLabel *>(QStringLiteral("cellInfo"))
                     ->text()
                     .startsWith(QStringLiteral("said, row 1")),
                 qPrintable(dock->findChild<QLabel *>(QStringLiteral("cellInfo"))->text()));

        view()->setFocus();
        QTRY_COMPARE(dock->followedView(), view());
        QCOMPARE(dock->textEdit()->toPlainText(), QStringLiteral("noise"));
        QVERIFY(!dock->textEdit()->isReadOnly());
    }

    // A binary value has one name in the grid, the form and the console.
    void binaryValuesAreNamedAlikeEverywhere()
    {
        QVERIFY(m_window->showTable(QStringLiteral("files")));
        const QString named = QStringLiteral("(binary, 5,000 bytes)");
        view()->setCurrentIndex(cell(1, QStringLiteral("data")));
        QCOMPARE(cell(1, QStringLiteral("data")).data().toString(), named);
        auto *label
            = qobject_cast<QLabel *>(m_window->form()->editor(QStringLiteral("data"))->editor());
        QVERIFY(label);
        QTRY_COMPARE(label->text(), named);
        SqlConsole *console = m_window->findChild<ConsoleActions *>()->openConsole();
        QVERIFY(console);
        console->editor()->setPlainText(QStringLiteral("SELECT data FROM files WHERE id = 2"));
        console->runAll();
        QTRY_VERIFY_WITH_TIMEOUT(!console->isRunning(), 10000);
        QTRY_COMPARE(console->resultModel()->rowCount(), 1);
        QCOMPARE(console->resultModel()->index(0, 0).data().toString(), named);
        // The Cell Editor shows the result's bytes, and exports them, not the name.
        auto *dock = m_window->findChild<CellDock *>();
        dock->toggleViewAction()->trigger();
        QTRY_VERIFY(dock->isVisible());
        console->resultView()->setFocus();
        QTRY_COMPARE(dock->followedView(), console->resultView());
        console->resultView()->setCurrentIndex(console->resultModel()->index(0, 0));
        QCOMPARE(dock->pages()->currentIndex(), int(CellDock::HexPage));
        const QString exported = m_dir.filePath(QStringLiteral("fromConsole.bin"));
        QString error;
        QVERIFY2(dock->exportTo(exported, &error), qPrintable(error));
        QFile written(exported);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), m_noise);
        // The console closed: the Cell Editor goes back to the grid's cell.
        auto *consoleDock = qobject_cast<QDockWidget *>(console->parentWidget());
        QVERIFY(consoleDock);
        consoleDock->close();
        QTRY_COMPARE(dock->followedView(), view());
        QCOMPARE(dock->textEdit()->placeholderText(),
                 QStringLiteral("Binary data: see the Hex page."));

        // The form cannot set it to NULL, and its NULL button says where that is done: Delete
        // in the grid does it.
        auto *null = m_window->form()->findChild<QToolButton *>(QStringLiteral("null:data"));
        QVERIFY(null);
        QVERIFY(!null->isEnabled());
        QVERIFY2(null->toolTip().contains(QStringLiteral("in the grid (Delete)")),
                 qPrintable(null->toolTip()));
        view()->setFocus();
        view()->selectionModel()->setCurrentIndex(cell(1, QStringLiteral("data")),
                                                  QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(view(), Qt::Key_Delete);
        QCOMPARE(cell(1, QStringLiteral("data")).data().toString(), QStringLiteral("NULL"));
        saveAndWait();
        QVERIFY(Probe(m_path)
                    .value(QStringLiteral("SELECT data IS NULL FROM files WHERE id = 2"))
                    .toBool());
    }

    void cellDockExportsAndImportsBlobsByteForByte()
    {
        auto *dock = m_window->findChild<CellDock *>();
        dock->show();
        QVERIFY(m_window->showTable(QStringLiteral("files")));
        view()->setCurrentIndex(cell(1, QStringLiteral("data")));
        QString error;
        const QString exported = m_dir.filePath(QStringLiteral("exported.bin"));
        QVERIFY2(dock->exportTo(exported, &error), qPrintable(error));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), m_noise);
        QCOMPARE(testsupport::sha256(exported),
                 QCryptographicHash::hash(m_noise, QCryptographicHash::Sha256).toHex());

        // The PNG goes into the second row's BLOB, through the model (undoable) and the saver.
        const QString png = m_dir.filePath(QStringLiteral("image.png"));
        QFile out(png);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(m_png);
        out.close();
        QVERIFY2(dock->importFrom(png, &error), qPrintable(error));
        QCOMPARE(cell(1, QStringLiteral("data")).data(Qt::EditRole).toByteArray(), m_png);
        QCOMPARE(dock->pages()->currentIndex(), int(CellDock::ImagePage));
        saveAndWait();
        Probe probe(m_path);
        QCOMPARE(probe.value(QStringLiteral("SELECT data FROM files WHERE id = 2")).toByteArray(),
                 m_png);
        QCOMPARE(
            probe.value(QStringLiteral("SELECT typeof(data) FROM files WHERE id = 2")).toString(),
            QStringLiteral("blob"));
    }

    void editColumnDialogNamesTheRowsOrAccepts()
    {
        ColumnEditDialog dialog(m_window->workspace()->reader(), QStringLiteral("Track"),
                                QStringLiteral("Composer"), m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *type = dialog.findChild<QComboBox *>(QStringLiteral("columnType"));
        QCOMPARE(type->currentText(), QStringLiteral("NVARCHAR(220)"));
        QCheckBox *required = dialog.findChildren<QCheckBox *>().value(0);
        QVERIFY(required && !required->isChecked());
        required->setFocus();
        QTest::keyClick(required, Qt::Key_Space);
        QVERIFY(required->isChecked());
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(dialog.isVisible()); // refused: stays open with the rows named
        QVERIFY2(dialog.messageLabel()->text().contains(QLatin1String("TrackId 63, 64")),
                 qPrintable(dialog.messageLabel()->text()));
        // The dialog grew to hold the message's lines; its fields keep their height.
        QVERIFY2(dialog.height() >= dialog.layout()->totalHeightForWidth(dialog.width()),
                 qPrintable(QStringLiteral("%1 < %2")
                                .arg(dialog.height())
                                .arg(dialog.layout()->totalHeightForWidth(dialog.width()))));
        QVERIFY(type->height() >= type->sizeHint().height());

        QTest::keyClick(required, Qt::Key_Space);
        type->lineEdit()->selectAll();
        QTest::keyClicks(type->lineEdit(), QStringLiteral("TEXT"));
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.change().isValid());
        QCOMPARE(dialog.change().kind, SchemaChange::AlterColumn);
        QCOMPARE(dialog.definition().type, QStringLiteral("TEXT"));
    }

    void structureViewShowsCreateStatements()
    {
        auto *dock = m_window->findChild<StructureDock *>();
        dock->toggleViewAction()->trigger();
        QTRY_VERIFY(dock->isVisible());
        // Read on the work pool: "Reading…" until then, and the window never waits.
        QVERIFY(dock->isReading());
        QVERIFY(dock->text()->toPlainText().isEmpty());
        QCOMPARE(dock->text()->placeholderText(), QStringLiteral("Reading…"));
        QTRY_VERIFY(!dock->isReading());
        QVERIFY(dock->text()->placeholderText().isEmpty());
        const QString text = dock->text()->toPlainText();
        QVERIFY2(text.startsWith(QLatin1String("CREATE TABLE [Album]")), qPrintable(text));
        QVERIFY(text.contains(
            QLatin1String("FOREIGN KEY ([ArtistId]) REFERENCES [Artist] ([ArtistId])")));
        QVERIFY(text.contains(
            QLatin1String("CREATE INDEX [IFK_AlbumArtistId] ON [Album] ([ArtistId]);")));
        QVERIFY(dock->text()->isReadOnly());
        QVERIFY(m_window->showTable(QStringLiteral("Genre")));
        QVERIFY(!dock->text()->toPlainText().contains(QLatin1String("Album"))); // not meanwhile
        QTRY_VERIFY(!dock->isReading());
        QVERIFY(dock->text()->toPlainText().startsWith(QLatin1String("CREATE TABLE [Genre]")));

        // A new order or filter is the same table: its structure is not read again (on a server
        // that was five round trips on the GUI thread per sort).
        TableModel *model = m_window->workspace()->model();
        const int reads = dock->reads();
        model->sort(1, Qt::DescendingOrder);
        QTRY_VERIFY(!model->isLoading());
        model->setFilter(QStringLiteral("\"Name\" LIKE ?"), {QStringLiteral("%o%")});
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(dock->reads(), reads);
        // An index another program makes is shown once its commit is seen.
        QVERIFY(Probe(m_path).exec(QStringLiteral("CREATE INDEX genre_by_name ON Genre (Name)")));
        QTRY_VERIFY(dock->text()->toPlainText().contains(QLatin1String("genre_by_name")));
        QCOMPARE(dock->reads(), reads + 1);
        // A column another program adds makes a new table generation and a schema change, in
        // the same turn: the structure is read once, not once for each.
        QVERIFY(Probe(m_path).exec(QStringLiteral("ALTER TABLE Genre ADD COLUMN Note TEXT")));
        QTRY_VERIFY(dock->text()->toPlainText().contains(QLatin1String("Note TEXT")));
        QCOMPARE(dock->reads(), reads + 2);
    }
};

QTEST_MAIN(TestDataDocks)
#include "tst_datadocks.moc"
