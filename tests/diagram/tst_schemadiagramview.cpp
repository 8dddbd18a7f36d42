#include "database.h"
#include "mainwindow.h"
#include "schemadiagramview.h"
#include "settings.h"
#include "shortcutsdialog.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <memory>

using namespace rowbook;

class TestSchemaDiagramView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    std::unique_ptr<SchemaDiagramWindow> loadedWindow()
    {
        auto window = std::make_unique<SchemaDiagramWindow>();
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        QSignalSpy loaded(window.get(), &SchemaDiagramWindow::loaded);
        window->show();
        window->load(Database::prepare(m_path, Database::Open::ReadOnly));
        if (!loaded.wait(20000))
            return nullptr;
        return window;
    }

    // The middle of a box's header, in the view's viewport coordinates.
    static QPoint headerOf(SchemaDiagramView *view, const QString &table)
    {
        const QRectF box = view->boxRect(table);
        return view->mapFromScene(QPointF(box.center().x(), box.top() + 8));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("chinook.sqlite"));
        QVERIFY(QFile::copy(testsupport::chinookPath(), m_path));
        Settings().remove(SchemaDiagramView::settingsKey(m_path));
    }

    void showsEveryTableWithoutOverlap()
    {
        auto window = loadedWindow();
        QVERIFY(window);
        SchemaDiagramView *view = window->view();
        QCOMPARE(view->diagram().tables.size(), 11);
        QCOMPARE(view->diagram().edges.size(), 11);
        for (const SchemaDiagram::Table &a : view->diagram().tables) {
            QVERIFY(!view->boxRect(a.name).isNull());
            for (const SchemaDiagram::Table &b : view->diagram().tables) {
                if (a.name != b.name)
                    QVERIFY(!view->boxRect(a.name).intersects(view->boxRect(b.name)));
            }
        }
        // Fit to window: every box is inside the viewport.
        view->fitToWindow();
        for (const SchemaDiagram::Table &table : view->diagram().tables) {
            const QRect onScreen = view->mapFromScene(view->boxRect(table.name)).boundingRect();
            QVERIFY2(view->viewport()->rect().contains(onScreen), qPrintable(table.name));
        }
    }

    void draggedPositionIsRemembered()
    {
        const QString table = QStringLiteral("Artist");
        QPointF dragged;
        QPointF untouched;
        {
            auto window = loadedWindow();
            QVERIFY(window);
            SchemaDiagramView *view = window->view();
            const QPointF before = view->boxRect(table).topLeft();
            untouched = view->boxRect(QStringLiteral("Track")).topLeft();
            const QPoint from = headerOf(view, table);
            const QPoint to = from + QPoint(60, 40);
            QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
            QMouseEvent move(QEvent::MouseMove, QPointF(to),
                             view->viewport()->mapToGlobal(QPointF(to)), Qt::NoButton,
                             Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(view->viewport(), &move);
            QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
            dragged = view->boxRect(table).topLeft();
            const QPointF moved = dragged - before;
            QVERIFY2(moved.x() > 10 && moved.y() > 10,
                     qPrintable(QStringLiteral("%1,%2").arg(moved.x()).arg(moved.y())));
            QCOMPARE(view->boxRect(QStringLiteral("Track")).topLeft(), untouched);
        }
        auto again = loadedWindow();
        QVERIFY(again);
        QCOMPARE(again->view()->boxRect(table).topLeft(), dragged);
        QCOMPARE(again->view()->boxRect(QStringLiteral("Track")).topLeft(), untouched);

        // Reset Layout forgets them.
        again->view()->resetLayout();
        QVERIFY(again->view()->boxRect(table).topLeft() != dragged);
        QVERIFY(!Settings().contains(SchemaDiagramView::settingsKey(m_path)));
    }

    void doubleClickOpensTheTable()
    {
        auto window = loadedWindow();
        QVERIFY(window);
        QSignalSpy activated(window.get(), &SchemaDiagramWindow::tableActivated);
        QTest::mouseDClick(window->view()->viewport(), Qt::LeftButton, {},
                           headerOf(window->view(), QStringLiteral("Album")));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("Album"));
    }

    void ctrlWheelZooms()
    {
        auto window = loadedWindow();
        QVERIFY(window);
        SchemaDiagramView *view = window->view();
        const qreal before = view->zoom();
        const QPointF at = view->viewport()->rect().center();
        QWheelEvent wheel(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &wheel);
        QVERIFY(view->zoom() > before * 1.1);
        QWheelEvent plain(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        const qreal zoomed = view->zoom();
        QApplication::sendEvent(view->viewport(), &plain);
        QCOMPARE(view->zoom(), zoomed); // a plain wheel scrolls
    }

    void exportsSvgAndPng()
    {
        auto window = loadedWindow();
        QVERIFY(window);
        QString error;
        const QString svg = m_dir.filePath(QStringLiteral("out.svg"));
        QVERIFY2(window->view()->exportTo(svg, &error), qPrintable(error));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains(">InvoiceLine<"));
        QVERIFY(text.contains(">BillingPostalCode<"));
        const QString png = m_dir.filePath(QStringLiteral("out.png"));
        QVERIFY2(window->view()->exportTo(png, &error), qPrintable(error));
        QVERIFY(!QImage(png).isNull());
        QVERIFY(!window->view()->exportTo(m_dir.filePath(QStringLiteral("out.gif")), &error));
        QVERIFY(error.contains(QLatin1String(".svg")));
    }

    void viewMenuOpensTheDiagramAndATable()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(m_path, QStringLiteral("Genre")));
        auto *action = window.findChild<QAction *>(QStringLiteral("schemaDiagramAction"));
        QVERIFY(action);
        QTRY_VERIFY(action->isEnabled());
        // As a user opens it: Ctrl+Shift+D in the window.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        SchemaDiagramWindow *diagram = nullptr;
        QTRY_VERIFY((diagram = window.findChild<SchemaDiagramWindow *>()));
        QTRY_COMPARE(diagram->view()->diagram().tables.size(), 11);
        QSignalSpy activated(diagram, &SchemaDiagramWindow::tableActivated);
        QTest::mouseDClick(diagram->view()->viewport(), Qt::LeftButton, {},
                           headerOf(diagram->view(), QStringLiteral("Invoice")));
        QCOMPARE(activated.count(), 1);
        QTRY_VERIFY(window.workspace()->model()->tableName() == QStringLiteral("Invoice"));

        // The main window's list of keys holds its own, not the open diagram's (Zoom In).
        {
            ShortcutsDialog shortcuts(&window);
            auto *list = shortcuts.findChild<QTableWidget *>();
            QVERIFY(list);
            QVERIFY(!list->findItems(QStringLiteral("Find"), Qt::MatchStartsWith).isEmpty());
            QVERIFY(list->findItems(QStringLiteral("Zoom In"), Qt::MatchExactly).isEmpty());
            QVERIFY(list->findItems(QStringLiteral("Fit to Window"), Qt::MatchExactly).isEmpty());
        }
        // Escape closes the diagram's window, as it would a dialog.
        const QPointer<SchemaDiagramWindow> open(diagram);
        diagram->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(diagram));
        QTest::keyClick(diagram, Qt::Key_Escape);
        QTRY_VERIFY(open.isNull());
    }
};

QTEST_MAIN(TestSchemaDiagramView)
#include "tst_schemadiagramview.moc"
