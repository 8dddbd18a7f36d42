// CellText paints grid cells as the style does, pixel for pixel, while laying each text out once.
#include "celldelegate.h"
#include "celltext.h"
#include "checkframestyle.h"
#include "gridview.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTableView>
#include <QtTest>

#include <memory>

using namespace rowbook;

namespace {

// The view's own option for a cell, as QAbstractItemView hands it to the delegate.
template<typename Base>
class WithOptions : public Base
{
public:
    QStyleOptionViewItem optionFor(const QModelIndex &index) const
    {
        QStyleOptionViewItem option;
        this->initViewItemOption(&option);
        option.rect = this->visualRect(index);
        return option;
    }
};
using View = WithOptions<QTableView>;

// Opens up what the view asks the delegate before painting.
class Delegate : public CellDelegate
{
public:
    using CellDelegate::CellDelegate;
    using CellDelegate::initStyleOption;
};

struct Cell
{
    const char *name;
    QString text;
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    QFont font;
    QVariant foreground;
    QVariant background;
    bool wide = false; // wider than the column
};

QImage blank(const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::magenta); // shows through wherever a path leaves a pixel unpainted
    return image;
}

// Values of every kind the grid shows: aligned, elided, in other fonts, colours and scripts.
QList<Cell> sampleCells(const QFont &font)
{
    QFont italic = font;
    italic.setItalic(true);
    QFont big = font;
    big.setPointSize(big.pointSize() + 6);
    big.setBold(true);
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    const Qt::Alignment left = Qt::AlignLeft | Qt::AlignVCenter;
    return {
        {"word", QStringLiteral("Rowbook"), left, {}, {}, {}},
        {"number", QStringLiteral("-12345.678"), right, {}, {}, {}},
        {"elided",
         QStringLiteral("A value far too long for its column, so the end is elided"),
         left,
         {},
         {},
         {},
         true},
        {"elided number",
         QStringLiteral("123456789012345678901234567890123456789"),
         right,
         {},
         {},
         {},
         true},
        {"null", QStringLiteral("NULL"), left, italic, QColor(Qt::gray), {}},
        {"edited", QStringLiteral("edited"), left, {}, {}, QColor(255, 236, 160)},
        {"big bold", QStringLiteral("Größe"), Qt::AlignHCenter | Qt::AlignTop, big, {}, {}},
        {"markup", QStringLiteral("<b>not bold</b> &amp;"), left, {}, {}, {}},
        {"arabic", QStringLiteral("مرحبا بالعالم"), left, {}, {}, {}},
        {"mixed directions", QStringLiteral("abc مرحبا 123 שלום"), left, {}, {}, {}},
        {"cjk", QStringLiteral("漢字テキストの値"), left, {}, {}, {}},
        {"empty", QString(), left, {}, {}, {}},
        {"spaces", QStringLiteral("  two  spaces  "), Qt::AlignBottom | Qt::AlignRight, {}, {}, {}},
    };
}

} // namespace

class TestCellText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void paintsAsTheStyleDoes_data();
    void paintsAsTheStyleDoes();
    void theDelegatePaintsAsTheStyleDoes();
    void eachTextIsLaidOutOnce();
    void theCacheIsBounded();
    void aScreenfulIsLaidOutOnce();
    void paintsAsTheStyleDoesScaledMovedAndClipped();
    void cellsTheStyleMustDrawAreLeftToIt();
    void theGridPaintsLongValuesItself();

private:
    void setCell(int row, const Cell &cell);
    QImage byStyle(const QStyleOptionViewItem &option) const;
    QImage
    byCellText(CellText *text, const QStyleOptionViewItem &option, bool *done = nullptr) const;
    QStyleOptionViewItem optionFor(int row) const;

    std::unique_ptr<QStandardItemModel> m_model;
    std::unique_ptr<View> m_view;
    std::unique_ptr<Delegate> m_delegate;
};

void TestCellText::initTestCase()
{
    QApplication::setStyle(new CheckFrameStyle); // what the Light and Dark themes use
    m_model = std::make_unique<QStandardItemModel>(1, 1);
    m_view = std::make_unique<View>();
    m_view->setModel(m_model.get());
    m_delegate = std::make_unique<Delegate>(m_view.get());
    m_view->setItemDelegate(m_delegate.get());
    m_view->resize(500, 300);
    m_view->setColumnWidth(0, 180);
}

void TestCellText::setCell(int row, const Cell &cell)
{
    m_model->setRowCount(row + 1);
    const QModelIndex index = m_model->index(row, 0);
    m_model->setData(index, cell.text, Qt::DisplayRole);
    m_model->setData(index, int(cell.alignment), Qt::TextAlignmentRole);
    m_model->setData(index, cell.font, Qt::FontRole);
    m_model->setData(index, cell.foreground, Qt::ForegroundRole);
    m_model->setData(index, cell.background, Qt::BackgroundRole);
}

QStyleOptionViewItem TestCellText::optionFor(int row) const
{
    QStyleOptionViewItem option = m_view->optionFor(m_model->index(row, 0));
    option.rect.moveTopLeft({0, 0});
    return option;
}

QImage TestCellText::byStyle(const QStyleOptionViewItem &option) const
{
    QImage image = blank(option.rect.size());
    QPainter painter(&image);
    m_view->style()->drawControl(QStyle::CE_ItemViewItem, &option, &painter, m_view.get());
    return image;
}

QImage
TestCellText::byCellText(CellText *text, const QStyleOptionViewItem &option, bool *done) const
{
    QImage image = blank(option.rect.size());
    QPainter painter(&image);
    const bool painted = text->paint(&painter, option, m_view->style());
    if (done)
        *done = painted;
    return image;
}

void TestCellText::paintsAsTheStyleDoes_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<int>("rowHeight");
    QTest::addColumn<int>("direction");
    QTest::addColumn<bool>("wordWrap"); // QTableView's default

    const QStyle::State active = QStyle::State_Enabled | QStyle::State_Active;
    QTest::newRow("plain") << int(active) << false << 24 << int(Qt::LeftToRight) << true;
    QTest::newRow("selected") << int(active | QStyle::State_Selected) << false << 24
                              << int(Qt::LeftToRight) << true;
    QTest::newRow("selected, window inactive")
        << int(QStyle::State_Enabled | QStyle::State_Selected) << false << 24
        << int(Qt::LeftToRight) << true;
    QTest::newRow("current cell") << int(active | QStyle::State_HasFocus) << false << 24
                                  << int(Qt::LeftToRight) << true;
    QTest::newRow("disabled") << int(QStyle::State_None) << false << 24 << int(Qt::LeftToRight)
                              << true;
    QTest::newRow("dark") << int(active) << true << 24 << int(Qt::LeftToRight) << true;
    QTest::newRow("dark, selected")
        << int(active | QStyle::State_Selected) << true << 24 << int(Qt::LeftToRight) << true;
    QTest::newRow("rows lower than the text")
        << int(active) << false << 9 << int(Qt::LeftToRight) << true;
    QTest::newRow("tall rows") << int(active) << false << 60 << int(Qt::LeftToRight) << true;
    QTest::newRow("right to left") << int(active) << false << 24 << int(Qt::RightToLeft) << true;
    QTest::newRow("no word wrap") << int(active) << false << 24 << int(Qt::LeftToRight) << false;
    QTest::newRow("no word wrap, selected")
        << int(active | QStyle::State_Selected) << false << 24 << int(Qt::LeftToRight) << false;
    QTest::newRow("no word wrap, right to left")
        << int(active) << false << 24 << int(Qt::RightToLeft) << false;
}

void TestCellText::paintsAsTheStyleDoes()
{
    QFETCH(int, state);
    QFETCH(bool, dark);
    QFETCH(int, rowHeight);
    QFETCH(int, direction);
    QFETCH(bool, wordWrap);

    const QList<Cell> cells = sampleCells(m_view->font());

    QPalette palette = QApplication::palette();
    if (dark) {
        palette.setColor(QPalette::Base, QColor(30, 30, 30));
        palette.setColor(QPalette::Text, QColor(230, 230, 230));
        palette.setColor(QPalette::Highlight, QColor(40, 90, 160));
        palette.setColor(QPalette::HighlightedText, Qt::white);
    }
    m_view->setPalette(palette);
    m_view->setLayoutDirection(Qt::LayoutDirection(direction));
    m_view->setWordWrap(wordWrap);

    CellText text;
    for (int row = 0; row < cells.size(); ++row) {
        const Cell &cell = cells[row];
        setCell(row, cell);
        m_view->setRowHeight(row, rowHeight);
        QStyleOptionViewItem option = optionFor(row);
        QStyleOptionViewItem initialised = option;
        m_delegate->initStyleOption(&initialised, m_model->index(row, 0));
        initialised.state = QStyle::State(state) | (initialised.state & QStyle::State_Item);
        QVERIFY2(CellText::canPaint(initialised, m_view->style()), cell.name);
        const QImage expected = byStyle(initialised);
        QCOMPARE_GE(expected.pixelColor(0, 0).alpha(), 255); // the background was painted
        // Twice: laid out, then from the cache.
        for (int pass = 0; pass < 2; ++pass) {
            bool done = false;
            const QImage painted = byCellText(&text, initialised, &done);
            if (!done) { // left to the style: a text that would wrap, and nothing painted
                QVERIFY2(wordWrap && cell.wide, cell.name);
                QCOMPARE(painted, blank(expected.size()));
                continue;
            }
            QVERIFY2(!wordWrap || !cell.wide, cell.name);
            if (painted != expected) {
                expected.save(QStringLiteral("celltext-expected.png"));
                painted.save(QStringLiteral("celltext-painted.png"));
                QFAIL(qPrintable(QStringLiteral("\"%1\" (pass %2) differs from the style's "
                                                "painting: see celltext-*.png")
                                     .arg(QLatin1String(cell.name))
                                     .arg(pass)));
            }
        }
    }
    QCOMPARE(text.layouts(), cells.size() - 1); // the empty cell has no text to lay out
    m_view->setLayoutDirection(Qt::LeftToRight);
    m_view->setWordWrap(true);
    m_view->setPalette(QApplication::palette());
}

void TestCellText::theDelegatePaintsAsTheStyleDoes()
{
    setCell(0, {"value", QStringLiteral("A short value"), {}, {}, {}, {}});
    m_view->setRowHeight(0, 24);
    QStyleOptionViewItem option = optionFor(0);
    option.state |= QStyle::State_Selected | QStyle::State_Active | QStyle::State_Enabled;
    QStyleOptionViewItem initialised = option;
    m_delegate->initStyleOption(&initialised, m_model->index(0, 0));
    QVERIFY(CellText::canPaint(initialised, m_view->style())); // the delegate paints it itself
    QImage byDelegate = blank(option.rect.size());
    QImage byBase = blank(option.rect.size());
    {
        QPainter painter(&byDelegate);
        m_delegate->paint(&painter, option, m_model->index(0, 0));
    }
    {
        QPainter painter(&byBase);
        m_delegate->QStyledItemDelegate::paint(&painter, option, m_model->index(0, 0));
    }
    QVERIFY(byDelegate == byBase);
    QCOMPARE_NE(byDelegate.pixelColor(0, 0), QColor(Qt::magenta));
    QCOMPARE(m_delegate->textLayouts(), 1); // painted by CellText, not left to the style
}

void TestCellText::eachTextIsLaidOutOnce()
{
    setCell(0, {"value", QStringLiteral("42"), {}, {}, {}, {}});
    m_view->setRowHeight(0, 24);
    QStyleOptionViewItem option = optionFor(0);
    m_delegate->initStyleOption(&option, m_model->index(0, 0));
    CellText text;
    for (int i = 0; i < 5; ++i)
        byCellText(&text, option);
    QCOMPARE(text.layouts(), 1);
    QCOMPARE(text.size(), 1);

    option.rect.setWidth(option.rect.width() - 40); // the column narrowed: elided differently
    byCellText(&text, option);
    QCOMPARE(text.layouts(), 2);
    option.font.setBold(true);
    byCellText(&text, option);
    QCOMPARE(text.layouts(), 3);
    option.text = QStringLiteral("43");
    byCellText(&text, option);
    QCOMPARE(text.layouts(), 4);
    QCOMPARE(text.size(), 4);
}

void TestCellText::theCacheIsBounded()
{
    setCell(0, {"value", QStringLiteral("0"), {}, {}, {}, {}});
    QStyleOptionViewItem option = optionFor(0);
    m_delegate->initStyleOption(&option, m_model->index(0, 0));
    CellText text;
    QImage image = blank(option.rect.size());
    QPainter painter(&image);
    text.setGenerationSize(500);
    const int texts = text.generationSize() * 3;
    for (int i = 0; i < texts; ++i) {
        option.text = QString::number(i);
        text.paint(&painter, option, m_view->style());
        QCOMPARE_LE(text.size(), 2 * text.generationSize());
    }
    QCOMPARE(text.layouts(), texts);
    // The newest texts are kept; the first were dropped and are laid out again.
    option.text = QString::number(texts - 1);
    text.paint(&painter, option, m_view->style());
    QCOMPARE(text.layouts(), texts);
    option.text = QString::number(0);
    text.paint(&painter, option, m_view->style());
    QCOMPARE(text.layouts(), texts + 1);
}

void TestCellText::cellsTheStyleMustDrawAreLeftToIt()
{
    setCell(0, {"value", QStringLiteral("x"), {}, {}, {}, {}});
    QStyleOptionViewItem option = optionFor(0);
    m_delegate->initStyleOption(&option, m_model->index(0, 0));
    QVERIFY(CellText::canPaint(option, m_view->style()));

    QStyleOptionViewItem checked = option;
    checked.features |= QStyleOptionViewItem::HasCheckIndicator;
    QVERIFY(!CellText::canPaint(checked, m_view->style()));
    QStyleOptionViewItem icon = option;
    icon.features |= QStyleOptionViewItem::HasDecoration;
    QVERIFY(!CellText::canPaint(icon, m_view->style()));
    QStyleOptionViewItem lines = option;
    lines.text = QStringLiteral("first\nsecond");
    QVERIFY(!CellText::canPaint(lines, m_view->style()));
    QStyleOptionViewItem variants = option; // "Å“" read as Latin-1: elidedText would split it
    variants.text = QStringLiteral("c\u0153ur, c\u00c5\u009cur");
    QVERIFY(!CellText::canPaint(variants, m_view->style()));
    QStyleOptionViewItem longest = option;
    longest.text = QString(CellText::longestText, QLatin1Char('x'));
    QVERIFY(CellText::canPaint(longest, m_view->style()));
    longest.text += QLatin1Char('x');
    QVERIFY(!CellText::canPaint(longest, m_view->style()));
    QStyleOptionViewItem list = option;
    list.showDecorationSelected = false;
    QVERIFY(!CellText::canPaint(list, m_view->style()));

    const std::unique_ptr<QStyle> windows(QStyleFactory::create(QStringLiteral("Windows")));
    QVERIFY(windows);
    QVERIFY(!CellText::canPaint(option, windows.get()));
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QVERIFY(CellText::canPaint(option, fusion.get()));
}

// A 4K screen's worth of cells, painted again: none is laid out again, however many the screen
// shows (the delegate sizes its cache from its view).
void TestCellText::aScreenfulIsLaidOutOnce()
{
    QStandardItemModel model(120, 40);
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            model.setData(model.index(row, column), QStringLiteral("%1.%2").arg(row).arg(column));
    }
    QTableView view;
    view.setWordWrap(false);
    view.setModel(&model);
    auto *delegate = new Delegate(&view);
    view.setItemDelegate(delegate);
    view.horizontalHeader()->setDefaultSectionSize(100);
    view.verticalHeader()->setDefaultSectionSize(24);
    view.resize(3840, 2100);
    view.grab();
    const int cells = delegate->textLayouts();
    QCOMPARE_GT(cells, 80 * 37); // every cell on screen had its text laid out
    view.grab();
    QCOMPARE(delegate->textLayouts(), cells);
    // A page down and back up: the first page is still laid out.
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + 85);
    view.grab();
    const int scrolled = delegate->textLayouts();
    QCOMPARE_GT(scrolled, cells);
    view.verticalScrollBar()->setValue(0);
    view.grab();
    QCOMPARE(delegate->textLayouts(), scrolled);
}

// At twice the pixels, away from the origin, inside a clip already set, and a cached text drawn
// at another place: still the style's pixels.
void TestCellText::paintsAsTheStyleDoesScaledMovedAndClipped()
{
    const QList<Cell> cells = sampleCells(m_view->font());
    m_view->setWordWrap(false);
    CellText text;
    for (int row = 0; row < cells.size(); ++row) {
        setCell(row, cells[row]);
        m_view->setRowHeight(row, 24);
        QStyleOptionViewItem option = optionFor(row);
        m_delegate->initStyleOption(&option, m_model->index(row, 0));
        option.state |= QStyle::State_Enabled | QStyle::State_Active;
        for (const QPoint &at : {QPoint(13, 7), QPoint(40, 31)}) {
            option.rect.moveTopLeft(at);
            QImage expected = blank(QSize(260, 80) * 2);
            QImage painted = expected;
            expected.setDevicePixelRatio(2);
            painted.setDevicePixelRatio(2);
            for (QImage *image : {&expected, &painted}) {
                QPainter painter(image);
                painter.setClipRect(QRect(at, option.rect.size()).adjusted(0, 2, -30, 0));
                if (image == &expected)
                    m_view->style()->drawControl(QStyle::CE_ItemViewItem, &option, &painter,
                                                 m_view.get());
                else
                    QVERIFY(text.paint(&painter, option, m_view->style()));
            }
            if (painted != expected) {
                expected.save(QStringLiteral("celltext-expected.png"));
                painted.save(QStringLiteral("celltext-painted.png"));
                QFAIL(qPrintable(QStringLiteral("\"%1\" at %2,%3 differs: see celltext-*.png")
                                     .arg(QLatin1String(cells[row].name))
                                     .arg(at.x())
                                     .arg(at.y())));
            }
        }
    }
    QCOMPARE(text.layouts(), cells.size() - 1);
    m_view->setWordWrap(true);
}

// The grid's rows are one line high: a value wider than its column is elided by CellText, not
// wrapped by the style and laid out again on every paint.
void TestCellText::theGridPaintsLongValuesItself()
{
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), QStringLiteral("Note 2: Lorem ipsum dolor sit amet, "
                                                    "consectetur adipiscing elit, sed do"));
    WithOptions<GridView> grid;
    grid.setModel(&model);
    grid.resize(400, 200);
    grid.setColumnWidth(0, 120);
    QStyleOptionViewItem option = grid.optionFor(model.index(0, 0));
    QVERIFY(option.rect.isValid());
    option.text = model.index(0, 0).data().toString();
    option.features |= QStyleOptionViewItem::HasDisplay;
    QVERIFY(CellText::canPaint(option, grid.style()));
    CellText text;
    QImage image = blank(grid.viewport()->size());
    QPainter painter(&image);
    QVERIFY(text.paint(&painter, option, grid.style()));
    QCOMPARE(text.layouts(), 1);
}

QTEST_MAIN(TestCellText)
#include "tst_celltext.moc"
