// A jump to far rows of a big table (Ctrl+End): the rows are asked of the RowFetcher before the
// views lay out the model's new window, rows the fetcher has read are painted by the next paint
// instead of a blank one first, the row header fits the longest row number, and the form neither
// reads the row itself nor hides its fields while the grid has no current row for a moment. The
// model's window is made small (TableModel::setWindowRows()), so that a few thousand rows make
// several windows.
#include "autosaver.h"
#include "celldock.h"
#include "database.h"
#include "fieldeditor.h"
#include "gridview.h"
#include "mainwindow.h"
#include "recordform.h"
#include "rowfetcher.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "workspace.h"

#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace rowbook;

// Counts the paint events `widget` gets.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget)
        : m_widget(widget)
    {
        widget->installEventFilter(this);
    }
    ~PaintCounter() override { m_widget->removeEventFilter(this); }
    Q_DISABLE_COPY_MOVE(PaintCounter)
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::Paint)
            ++count;
        return false;
    }

private:
    QWidget *m_widget;
};

class TestJumps : public QObject
{
    Q_OBJECT

private:
    static constexpr int rows = 5000;
    static constexpr int window = 1000;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    int m_label = -1;

    // `big` of `rows` rows, shown in a window of `windowRows` rows; null on failure.
    TableModel *open(int windowRows = window)
    {
        const QString table = QStringLiteral("big");
        if (!Database::prepare(m_path).isOpen()
            || !testsupport::createLabelled(m_path, table, rows))
            return nullptr;
        m_workspace = std::make_unique<Workspace>();
        if (!m_workspace->open(m_path))
            return nullptr;
        TableModel *model = m_workspace->model();
        model->setWindowRows(windowRows);
        if (!model->setTable(table))
            return nullptr;
        QSignalSpy loading(model, &TableModel::loadingChanged);
        if (model->isLoading() && !loading.wait(10000))
            return nullptr;
        m_label = model->tableInfo().columnIndex(QStringLiteral("label"));
        return model;
    }

    static bool show(GridView &view, TableModel *model)
    {
        view.setModel(model);
        view.resize(500, 400);
        view.show();
        return QTest::qWaitForWindowExposed(&view);
    }

    QVariant painted(const TableModel *model, int row) const
    {
        const TableModel::Painting painting(model);
        return model->data(model->index(row, m_label));
    }

    // The width the row header needs for `label`, as QHeaderView measures a section (bold).
    static int labelWidth(const QHeaderView *header, const QString &label)
    {
        QFont font = header->font();
        font.setBold(true);
        return QFontMetrics(font).horizontalAdvance(label);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { m_path = testsupport::testFile(m_dir); }

    void cleanup() { m_workspace.reset(); }

    // Pages read on the fetcher's thread whose notice has not come through the event loop yet:
    // the next paint takes them, and the other views hear of them.
    void rowsAlreadyReadArePaintedAtOnce()
    {
        TableModel *model = open();
        QVERIFY(model);
        QVERIFY(!painted(model, 900).isValid());
        QCOMPARE(model->pagesInFlight(), 2); // its page and the next
        QVERIFY(testsupport::waitUntilFetched(*m_workspace->rowFetcher()));
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QCOMPARE(painted(model, 900).toString(), QStringLiteral("label 901"));
        QCOMPARE(model->pagesInFlight(), 0);
        QCOMPARE(changed.count(), 1); // the page in the window (the next one is past it)
        QVERIFY(changed.at(0).at(0).toModelIndex().row() <= 900);
        QVERIFY(changed.at(0).at(1).toModelIndex().row() >= 900);
    }

    // A reader of one row (the form) reads it alone at once, and asks the fetcher for the rows
    // around it, which the grid is about to paint.
    void aRowReadAloneAsksForItsPageToo()
    {
        TableModel *model = open();
        QVERIFY(model);
        const quint64 alone = model->rowsReadAloneHere();
        QCOMPARE(model->data(model->index(900, m_label)).toString(), QStringLiteral("label 901"));
        QCOMPARE(model->rowsReadAloneHere(), alone + 1);
        QCOMPARE(model->pagesInFlight(), 2);
        QVERIFY(testsupport::waitUntilFetched(*m_workspace->rowFetcher()));
        QCOMPARE(painted(model, 880).toString(), QStringLiteral("label 881"));
        QCOMPARE(model->pagesInFlight(), 0);
    }

    // Ctrl+End asks for the last rows before the grid lays out the new window, and the first
    // paint after the key shows them once they are read.
    void ctrlEndAsksForTheLastRowsFirst()
    {
        TableModel *model = open();
        QVERIFY(model);
        GridView view;
        QVERIFY(show(view, model));
        QTRY_VERIFY(!painted(model, 0).isNull());
        QTRY_COMPARE(model->pagesInFlight(), 0);
        view.setCurrentIndex(model->index(0, m_label));
        QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
        QVERIFY(model->pagesInFlight() > 0); // nothing painted yet
        QVERIFY(testsupport::waitUntilFetched(*m_workspace->rowFetcher()));
        view.viewport()->repaint();
        QCOMPARE(model->pagesInFlight(), 0);
        const int last = view.currentIndex().row();
        QCOMPARE(model->position(last), rows - 1);
        QCOMPARE(painted(model, last).toString(), QStringLiteral("label %1").arg(rows));
        QCOMPARE(painted(model, last - 20).toString(), QStringLiteral("label %1").arg(rows - 20));
    }

    // Row numbers grow downwards and a new row at the end is "*": the header is as wide as the
    // window's last number, at the top of the table, after a jump, and under new rows.
    void theRowHeaderFitsTheLongestNumber()
    {
        TableModel *model = open();
        QVERIFY(model);
        GridView view;
        QVERIFY(show(view, model));
        QHeaderView *header = view.verticalHeader();
        QCOMPARE(model->headerData(window - 1, Qt::Vertical, Qt::DisplayRole).toString(),
                 QString::number(window));
        QTRY_VERIFY(header->width() >= labelWidth(header, QString::number(window)));
        view.setCurrentIndex(model->index(0, m_label));
        QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
        QTRY_VERIFY(header->width() >= labelWidth(header, QString::number(rows)));
        const int wide = header->width();

        QVERIFY(testsupport::createLabelled(m_path, QStringLiteral("small"), 10));
        QVERIFY(model->setTable(QStringLiteral("small")));
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->rowCount(), 10);
        QTRY_VERIFY(header->width() < wide); // laid out anew for two digits
        QCOMPARE(model->addRow(), 10);
        QCOMPARE(model->headerData(10, Qt::Vertical, Qt::DisplayRole).toString(),
                 QStringLiteral("*"));
        QTRY_COMPARE(header->count(), 11);
        QTest::qWait(50); // and laid out
        QVERIFY(header->width() >= labelWidth(header, QStringLiteral("10")));
    }

    // Another program deletes rows above the ones on screen: the same rows stay on screen, not
    // the same row numbers (rows deleted below move nothing either).
    void rowsDeletedAboveByAnotherProgramStayOnScreen_data()
    {
        QTest::addColumn<int>("windowRows");
        QTest::newRow("in a window") << window;
        QTest::newRow("the whole table") << rows;
    }
    void rowsDeletedAboveByAnotherProgramStayOnScreen()
    {
        QFETCH(int, windowRows);
        TableModel *model = open(windowRows);
        QVERIFY(model);
        GridView view;
        QVERIFY(show(view, model));
        view.scrollTo(model->index(500, m_label), QAbstractItemView::PositionAtTop);
        const int top = view.rowAt(0);
        QVERIFY(top > 400);
        QTRY_VERIFY(painted(model, top).isValid());
        const QString label = painted(model, top).toString();
        view.setCurrentIndex(model->index(top + 3, m_label));
        QVERIFY(testsupport::Probe(m_path).exec(
            QStringLiteral("DELETE FROM big WHERE id BETWEEN 10 AND 19")));
        QTRY_COMPARE_WITH_TIMEOUT(model->totalRows(), rows - 10, 5000);
        QTRY_COMPARE(painted(model, view.rowAt(0)).toString(), label);
        QCOMPARE(view.rowAt(0), top - 10);
        QCOMPARE(view.currentIndex().row(), top - 7); // three rows below the top, as before

        // The top row itself goes, with two above it: the next row on screen comes to the top.
        const int topId = label.section(QLatin1Char(' '), 1).toInt();
        QVERIFY(testsupport::Probe(m_path).exec(
            QStringLiteral("DELETE FROM big WHERE id BETWEEN %1 AND %2")
                .arg(topId - 2)
                .arg(topId)));
        QTRY_COMPARE_WITH_TIMEOUT(model->totalRows(), rows - 13, 5000);
        QTRY_COMPARE(painted(model, view.rowAt(0)).toString(),
                     QStringLiteral("label %1").arg(topId + 1));
        QCOMPARE(view.rowAt(0), top - 12);
    }

    // The scroll bar over the whole table covers the view's own: Qt does not paint the one
    // under it when the table's bar is painted (a tall Fusion bar costs about a millisecond).
    void theCoveredScrollBarIsNotPainted()
    {
        TableModel *model = open();
        QVERIFY(model);
        GridView view;
        QVERIFY(show(view, model));
        auto *bar = view.findChild<QScrollBar *>(QStringLiteral("tableScrollBar"));
        QVERIFY(bar);
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(bar->geometry(), view.verticalScrollBar()->geometry());
        QTest::qWait(50);
        PaintCounter ownPaints(view.verticalScrollBar());
        PaintCounter barPaints(bar);
        view.setCurrentIndex(model->index(0, m_label));
        QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
        QTRY_COMPARE(bar->value(), bar->maximum());
        QTRY_VERIFY(barPaints.count > 0);
        QTest::qWait(50);
        QCOMPARE(ownPaints.count, 0);
    }

    // The form never reads a row on the GUI thread: a row not in memory shows "Reading…" in its
    // fields (not NULL) until the page the RowFetcher reads for it comes.
    void theFormWaitsForTheRowsPage()
    {
        TableModel *model = open();
        QVERIFY(model);
        RecordForm form;
        form.setModel(model);
        form.show();
        const quint64 alone = model->rowsReadAloneHere();
        const quint64 pages = model->pagesReadHere();
        form.setCurrentRow(900);
        QCOMPARE(model->pagesInFlight(), 2); // its page and the next
        FieldEditor *label = form.editor(QStringLiteral("label"));
        QVERIFY(label);
        auto *edit = qobject_cast<QLineEdit *>(label->editor());
        QVERIFY(edit);
        QVERIFY(!label->isNull());
        QCOMPARE(edit->text(), QString());
        QCOMPARE(edit->placeholderText(), QStringLiteral("Reading…"));
        QTRY_COMPARE(label->value().toString(), QStringLiteral("label 901"));
        QVERIFY(edit->placeholderText().isEmpty());
        QCOMPARE(form.editor(QStringLiteral("id"))->value().toLongLong(), 901);
        QCOMPARE(model->rowsReadAloneHere(), alone);
        QCOMPARE(model->pagesReadHere(), pages);

        // A row in memory shows at once, and asks for nothing.
        QTRY_COMPARE(model->pagesInFlight(), 0); // the next page too
        form.setCurrentRow(901);
        QCOMPARE(label->value().toString(), QStringLiteral("label 902"));
        QCOMPARE(model->pagesInFlight(), 0);
        QCOMPARE(model->rowsReadAloneHere(), alone);
    }

    // A new row saved while the form shows it is read again (for its key and defaults): its
    // fields keep what they show until then, with no flash of "Reading…" under the cursor.
    void theFormKeepsANewRowsValuesWhileItIsReadAgain()
    {
        TableModel *model = open();
        QVERIFY(model);
        RecordForm form;
        form.setModel(model);
        form.show();
        const int row = model->addRow();
        QVERIFY(model->setData(model->index(row, m_label), QStringLiteral("fresh")));
        form.setCurrentRow(row);
        auto *edit = qobject_cast<QLineEdit *>(form.editor(QStringLiteral("label"))->editor());
        QVERIFY(edit);
        QCOMPARE(edit->text(), QStringLiteral("fresh"));
        QStringList shown; // after each dataChanged(), once the form has handled it
        connect(model, &QAbstractItemModel::dataChanged, &form,
                [&] { shown << edit->text() + QLatin1Char('|') + edit->placeholderText(); });
        m_workspace->autoSaver()->saveNow();
        QTRY_COMPARE(form.editor(QStringLiteral("id"))->value().toLongLong(), rows + 1);
        QVERIFY(!shown.isEmpty());
        for (const QString &state : std::as_const(shown))
            QCOMPARE(state, QStringLiteral("fresh|"));
    }

    // Another program's commit makes the rows in memory stale: the form shows its row as it
    // was until the page comes, and does not read it alone on the GUI thread (QDataWidgetMapper's
    // own refill on dataChanged() did: a round trip on a server, at every save's outcome).
    void theFormTakesAnotherProgramsCommitFromThePage()
    {
        TableModel *model = open();
        QVERIFY(model);
        RecordForm form;
        form.setModel(model);
        form.show();
        form.setCurrentRow(900);
        FieldEditor *label = form.editor(QStringLiteral("label"));
        QVERIFY(label);
        QTRY_COMPARE(label->value().toString(), QStringLiteral("label 901"));
        QTRY_COMPARE(model->pagesInFlight(), 0);
        // No event is handled from here to refreshFromOutside(): the change watcher cannot
        // refresh first.
        QVERIFY(testsupport::Probe(m_path).exec(
            QStringLiteral("UPDATE big SET label = 'changed' WHERE id = 901")));
        const quint64 alone = model->rowsReadAloneHere();
        const quint64 pages = model->pagesReadHere();
        model->refreshFromOutside(false);
        QCOMPARE(label->value().toString(), QStringLiteral("label 901"));
        QVERIFY(model->pagesInFlight() > 0); // asked for by the form
        QTRY_COMPARE(label->value().toString(), QStringLiteral("changed"));
        QCOMPARE(model->rowsReadAloneHere(), alone);
        QCOMPARE(model->pagesReadHere(), pages);
    }

    // Rows another program deleted before their page was read come back as no rows: the form
    // stops waiting for them (it showed "Reading…" for ever when only rows were told).
    void theFormStopsWaitingForRowsFoundGone()
    {
        TableModel *model = open();
        QVERIFY(model);
        QVERIFY(testsupport::Probe(m_path).exec(
            QStringLiteral("DELETE FROM big WHERE id BETWEEN 700 AND 1100")));
        RecordForm form;
        form.setModel(model);
        form.show();
        form.setCurrentRow(900);
        auto *edit = qobject_cast<QLineEdit *>(form.editor(QStringLiteral("label"))->editor());
        QVERIFY(edit);
        QCOMPARE(edit->placeholderText(), QStringLiteral("Reading…"));
        QVERIFY(testsupport::waitUntilFetched(*m_workspace->rowFetcher()));
        QCoreApplication::sendPostedEvents(); // the fetcher's notices, not the watcher's timer
        QCOMPARE(model->pagesInFlight(), 0);
        QVERIFY(edit->placeholderText() != QStringLiteral("Reading…"));
        QCOMPARE(edit->text(), QString());
    }

    // A page that cannot be read (here: another program dropped the table) fails: the form
    // then reads its row once itself, instead of saying "Reading…" for ever.
    void theFormReadsItsRowItselfWhenThePageFails()
    {
        TableModel *model = open();
        QVERIFY(model);
        RecordForm form;
        form.setModel(model);
        form.show();
        QVERIFY(testsupport::Probe(m_path).exec(QStringLiteral("DROP TABLE big")));
        QSignalSpy failed(model, &TableModel::loadFailed);
        form.setCurrentRow(900);
        auto *edit = qobject_cast<QLineEdit *>(form.editor(QStringLiteral("label"))->editor());
        QVERIFY(edit);
        QCOMPARE(edit->placeholderText(), QStringLiteral("Reading…"));
        const quint64 alone = model->rowsReadAloneHere() + model->pagesReadHere();
        QVERIFY(testsupport::waitUntilFetched(*m_workspace->rowFetcher()));
        QCoreApplication::sendPostedEvents(); // the fetcher's notices, not the watcher's timer
        QVERIFY(!failed.isEmpty());
        QVERIFY(model->rowsReadAloneHere() + model->pagesReadHere() > alone); // tried here
        QVERIFY(edit->placeholderText() != QStringLiteral("Reading…"));
    }

    // The cell editor likewise: "Reading…" and nothing to apply or export until the page comes.
    void theCellDockWaitsForTheRowsPage()
    {
        TableModel *model = open();
        QVERIFY(model);
        GridView view;
        QVERIFY(show(view, model));
        CellDock dock;
        dock.setView(&view);
        dock.show();
        QVERIFY(testsupport::waitUntilFetched(*m_workspace->rowFetcher()));
        QCoreApplication::processEvents(); // what the first paint asked for is in
        const quint64 alone = model->rowsReadAloneHere();
        const quint64 pages = model->pagesReadHere();
        view.setUpdatesEnabled(false); // no paint takes the page before the dock asks
        view.setCurrentIndex(model->index(900, m_label));
        QCOMPARE(model->pagesInFlight(), 2);
        QCOMPARE(dock.textEdit()->toPlainText(), QString());
        QCOMPARE(dock.textEdit()->placeholderText(), QStringLiteral("Reading…"));
        QVERIFY(dock.textEdit()->isReadOnly());
        QTRY_COMPARE(dock.textEdit()->toPlainText(), QStringLiteral("label 901"));
        QVERIFY(!dock.textEdit()->isReadOnly());
        QCOMPARE(model->rowsReadAloneHere(), alone);
        QCOMPARE(model->pagesReadHere(), pages);
    }

    // The grid has no current row between its window moving and its new current row: the form
    // keeps its fields shown instead of hiding them and showing them again. With no current
    // row left, it shows its empty page.
    void theFormKeepsItsFieldsThroughAJump()
    {
        MainWindow mainWindow;
        mainWindow.show();
        QVERIFY(QTest::qWaitForWindowExposed(&mainWindow));
        QVERIFY(Database::prepare(m_path).isOpen());
        QVERIFY(testsupport::createLabelled(m_path, QStringLiteral("big"), rows));
        QVERIFY(mainWindow.openDatabase(m_path, QStringLiteral("big")));
        TableModel *model = mainWindow.workspace()->model();
        model->setWindowRows(window);
        model->refresh();
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->rowCount(), window);
        m_label = model->tableInfo().columnIndex(QStringLiteral("label"));
        QTableView *grid = mainWindow.tableView();
        RecordForm *form = mainWindow.form();
        auto *pages = form->findChild<QStackedWidget *>();
        QVERIFY(pages);
        grid->setCurrentIndex(model->index(0, m_label));
        QTRY_COMPARE(pages->currentIndex(), 1);
        QSignalSpy flips(pages, &QStackedWidget::currentChanged);
        grid->setFocus();
        const quint64 alone = model->rowsReadAloneHere();
        QTest::keyClick(grid, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(model->position(grid->currentIndex().row()), rows - 1);
        QCOMPARE(model->rowsReadAloneHere(), alone); // the form waits for the grid's page
        QTRY_COMPARE(form->editor(QStringLiteral("label"))->value().toString(),
                     QStringLiteral("label %1").arg(rows));
        QTest::qWait(50); // the empty page would come once the events are handled
        QCOMPARE(flips.count(), 0);
        QCOMPARE(pages->currentIndex(), 1);

        grid->setCurrentIndex(QModelIndex());
        QTRY_COMPARE(pages->currentIndex(), 0);

        // Typing in a field when its row goes: the fields go at once, not after the events.
        grid->setCurrentIndex(model->index(0, m_label));
        QTRY_COMPARE(pages->currentIndex(), 1);
        mainWindow.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&mainWindow));
        form->editor(QStringLiteral("label"))->setFocus();
        QTRY_VERIFY(form->isAncestorOf(QApplication::focusWidget()));
        grid->setCurrentIndex(QModelIndex());
        QCOMPARE(pages->currentIndex(), 0);
    }
};

QTEST_MAIN(TestJumps)
#include "tst_jumps.moc"
