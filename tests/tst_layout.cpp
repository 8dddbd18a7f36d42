// No text in the main dialogs is cut off: every label, button, check box and combo box is at
// least as wide as its text once the dialog is shown. Registered twice: at 100 % and with
// QT_SCALE_FACTOR=2 (see CMakeLists.txt).
#include "backup.h"
#include "createtabledialog.h"
#include "database.h"
#include "exportdialog.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "restoredialog.h"
#include "schemadialog.h"
#include "schemarunner.h"
#include "testsupport.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace rowbook;

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

    // Cells of the first rows of a table or list (the schema editor's types, the restore
    // dialog's columns) that show "…" instead of their text.
    static QStringList cutOffCells(QAbstractItemView *view)
    {
        QStringList problems;
        const QAbstractItemModel *model = view->model();
        if (!model || view->inherits("QHeaderView") || view->inherits("QListView")
            || view->objectName() == QLatin1String("tableView"))
            return problems; // the grid elides long values on purpose
        for (int row = 0; row < std::min(model->rowCount(), 20); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                const QString text = index.data().toString();
                const QRect rect = view->visualRect(index);
                if (text.isEmpty() || rect.isEmpty())
                    continue;
                const int needed = view->fontMetrics().horizontalAdvance(text) + 6;
                if (rect.width() + 1 < needed)
                    problems << QStringLiteral("cell “%1”: %2 px wide, needs %3")
                                    .arg(text)
                                    .arg(rect.width())
                                    .arg(needed);
            }
        }
        return problems;
    }

    void check(QWidget *dialog)
    {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::qWait(50); // the first layout pass after show
        const QStringList problems = cutOff(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("; "))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_path = m_dir.filePath(QStringLiteral("chinook.sqlite"));
        QVERIFY(QFile::copy(testsupport::chinookPath(), m_path));
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
        m_window = std::make_unique<MainWindow>();
        m_window->resize(900, 600);
        QVERIFY(m_window->openDatabase(m_path, QStringLiteral("Track")));
    }

    void cleanupTestCase() { m_window.reset(); }

    void mainWindow() { check(m_window.get()); }

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

    void importDialog()
    {
        const QString csv = m_dir.filePath(QStringLiteral("people.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "name;born;city\nAda Lovelace;1815-12-10;London\nAlan Turing;1912-06-23;London\n");
        file.close();
        ImportDialog dialog(m_window->workspace()->info(), csv, m_window.get());
        check(&dialog);
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
