#include "schemadiagramview.h"

#include "screenfit.h"
#include "settings.h"
#include "theme.h"
#include "themecontroller.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QLabel>
#include <QMessageBox>
#include <QMouseEvent>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QThread>
#include <QToolBar>
#include <QUuid>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>
#include <optional>

namespace rowbook {

// One table or view: a movable box drawn by DiagramPainter.
class DiagramTableItem : public QGraphicsItem
{
public:
    DiagramTableItem(SchemaDiagramView *view, int table)
        : m_view(view)
        , m_table(table)
        , m_size(view->m_painter.boxSize(view->m_diagram.tables.at(table)))
    {
        setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
        setCursor(Qt::OpenHandCursor);
        setToolTip(SchemaDiagramView::tr("Double-click to open %1; drag to move.")
                       .arg(view->m_diagram.tables.at(table).name));
    }

    int table() const { return m_table; }
    QRectF boundingRect() const override { return QRectF(QPointF(0, 0), m_size); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        m_view->m_painter.paintTable(painter, m_view->m_diagram.tables.at(m_table), boundingRect(),
                                     m_view->m_colours, isSelected());
    }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override
    {
        if (change == ItemPositionHasChanged)
            m_view->boxMoved();
        return QGraphicsItem::itemChange(change, value);
    }

private:
    SchemaDiagramView *m_view;
    int m_table;
    QSizeF m_size;
};

// Every foreign key arrow, under the boxes; redrawn whenever a box moves.
class DiagramEdgesItem : public QGraphicsItem
{
public:
    explicit DiagramEdgesItem(SchemaDiagramView *view)
        : m_view(view)
    {
        setZValue(-1);
    }

    void changed()
    {
        prepareGeometryChange();
        m_bounds = m_view->m_painter.bounds(m_view->m_diagram, m_view->positions());
    }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        for (const SchemaDiagram::Edge &edge : std::as_const(m_view->m_diagram.edges)) {
            m_view->m_painter.paintEdge(
                painter, m_view->m_items.at(edge.from)->sceneBoundingRect(), edge.fromColumn,
                m_view->m_items.at(edge.to)->sceneBoundingRect(), edge.toColumn, m_view->m_colours);
        }
    }

private:
    SchemaDiagramView *m_view;
    QRectF m_bounds;
};

SchemaDiagramView::SchemaDiagramView(QWidget *parent)
    : QGraphicsView(parent)
    , m_painter(QApplication::font())
{
    setObjectName(QStringLiteral("schemaDiagramView"));
    setScene(new QGraphicsScene(this));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    m_colours = colours();
    setBackgroundBrush(m_colours.background);
}

SchemaDiagramView::~SchemaDiagramView() = default;

QString SchemaDiagramView::settingsKey(const QString &databasePath)
{
    const QFileInfo file(databasePath);
    const QString canonical
        = file.canonicalFilePath().isEmpty() ? file.absoluteFilePath() : file.canonicalFilePath();
    return QStringLiteral("diagram/")
           + QString::fromLatin1(canonical.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

DiagramPainter::Colours SchemaDiagramView::colours() const
{
    const QPalette &colours = palette();
    DiagramPainter::Colours result = DiagramPainter::Colours::fromPalette(colours);
    // Notes and marks in the theme's tones, readable on the boxes in light and dark alike.
    result.muted = Theme::text(Theme::Tone::Muted, colours);
    result.key = Theme::text(Theme::Tone::Warning, colours);
    result.viewHeader = Theme::tint(Theme::Tone::Info, colours);
    result.viewBorder = Theme::text(Theme::Tone::Info, colours);
    return result;
}

void SchemaDiagramView::setDiagram(const SchemaDiagram &diagram, const QString &databasePath)
{
    scene()->clear();
    m_items.clear();
    m_edges = nullptr;
    m_diagram = diagram;
    m_databasePath = databasePath;
    const QVector<QPointF> automatic
        = DiagramLayout::arrange(m_diagram, m_painter.boxSizes(m_diagram));
    const QVariantMap saved = Settings().value(settingsKey(databasePath)).toMap();
    m_edges = new DiagramEdgesItem(this);
    for (int table = 0; table < m_diagram.tables.size(); ++table) {
        auto *item = new DiagramTableItem(this, table);
        const QVariant position = saved.value(m_diagram.tables.at(table).name);
        item->setPos(position.isValid() ? position.toPointF() : automatic.at(table));
        m_items.append(item);
        scene()->addItem(item);
    }
    scene()->addItem(m_edges);
    m_edges->changed();
    scene()->setSceneRect(m_painter.bounds(m_diagram, positions()));
    m_moved = false;
}

QVector<QPointF> SchemaDiagramView::positions() const
{
    QVector<QPointF> result;
    for (const DiagramTableItem *item : m_items)
        result.append(item->pos());
    return result;
}

QRectF SchemaDiagramView::boxRect(const QString &table) const
{
    const int index = m_diagram.indexOf(table);
    return index < 0 || index >= m_items.size() ? QRectF() : m_items.at(index)->sceneBoundingRect();
}

void SchemaDiagramView::boxMoved()
{
    if (m_items.size() != m_diagram.tables.size())
        return; // still being built
    m_moved = true;
    m_edges->changed();
}

void SchemaDiagramView::savePositions() const
{
    QVariantMap saved;
    for (int table = 0; table < m_items.size(); ++table)
        saved.insert(m_diagram.tables.at(table).name, m_items.at(table)->pos());
    Settings().setValue(settingsKey(m_databasePath), saved);
}

void SchemaDiagramView::resetLayout()
{
    Settings().remove(settingsKey(m_databasePath));
    setDiagram(SchemaDiagram(m_diagram), m_databasePath);
    fitToWindow();
}

void SchemaDiagramView::fitToWindow()
{
    if (m_items.isEmpty())
        return;
    const QRectF area = m_painter.bounds(m_diagram, positions());
    scene()->setSceneRect(area);
    fitInView(area, Qt::KeepAspectRatio);
    // Never blown up past twice the natural size for a small schema.
    if (zoom() > 2)
        zoomBy(2 / zoom());
}

void SchemaDiagramView::zoomBy(qreal factor)
{
    const qreal next = zoom() * factor;
    if (next < 0.1 || next > 8)
        return;
    scale(factor, factor);
}

qreal SchemaDiagramView::zoom() const
{
    return transform().m11();
}

bool SchemaDiagramView::exportTo(const QString &path, QString *error) const
{
    return m_painter.write(path, m_diagram, positions(), m_colours, error);
}

void SchemaDiagramView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            zoomBy(std::pow(1.15, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void SchemaDiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (m_moved) {
        m_moved = false;
        savePositions();
        // Let the scene grow with boxes dragged past its edge.
        scene()->setSceneRect(scene()->sceneRect() | m_painter.bounds(m_diagram, positions()));
    }
}

void SchemaDiagramView::mouseDoubleClickEvent(QMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->position().toPoint())) {
        if (auto *table = dynamic_cast<DiagramTableItem *>(item)) {
            emit tableActivated(m_diagram.tables.at(table->table()).name);
            event->accept();
            return;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void SchemaDiagramView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_colours = colours();
        setBackgroundBrush(m_colours.background);
        scene()->update();
    }
}

SchemaDiagramWindow::SchemaDiagramWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_view(new SchemaDiagramView)
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("schemaDiagramWindow"));
    setWindowTitle(tr("Schema Diagram"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *toolBar = new QToolBar;
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *fit
        = toolBar->addAction(tr("&Fit to Window"), m_view, &SchemaDiagramView::fitToWindow);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *zoomIn = toolBar->addAction(tr("Zoom &In"), m_view, [this] { m_view->zoomBy(1.25); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut
        = toolBar->addAction(tr("Zoom &Out"), m_view, [this] { m_view->zoomBy(1 / 1.25); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    toolBar->addAction(tr("&Reset Layout"), m_view, &SchemaDiagramView::resetLayout);
    // A window of its own over the main one: closed from the keyboard as a dialog is.
    auto *closeWindow = new QAction(tr("Close"), this);
    closeWindow->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence(QKeySequence::Close)});
    connect(closeWindow, &QAction::triggered, this, &QWidget::close);
    addAction(closeWindow);
    toolBar->addSeparator();
    toolBar->addAction(tr("Export as &SVG…"), this,
                       [this] { exportAs(tr("SVG images (*.svg)"), QStringLiteral("svg")); });
    toolBar->addAction(tr("Export as &PNG…"), this,
                       [this] { exportAs(tr("PNG images (*.png)"), QStringLiteral("png")); });
    Themed::setTextTone(m_status, Theme::Tone::Muted);
    m_status->setContentsMargins(8, 2, 8, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    connect(m_view, &SchemaDiagramView::tableActivated, this, &SchemaDiagramWindow::tableActivated);
    resizeWithinScreen(this, QSize(1100, 720));
}

SchemaDiagramWindow::~SchemaDiagramWindow()
{
    // A reader still running delivers to nobody (it holds a QPointer); wait for it so no thread
    // outlives the application.
    for (const QPointer<QThread> &reader : std::as_const(m_readers)) {
        if (reader)
            reader->wait();
    }
}

void SchemaDiagramWindow::load(const DatabaseInfo &info)
{
    m_status->setText(tr("Reading the schema of %1…").arg(QFileInfo(info.path).fileName()));
    QPointer<SchemaDiagramWindow> self(this);
    const int generation = ++m_generation;
    QThread *thread = QThread::create([self, info, generation] {
        const QString name = Database::uniqueConnectionName(QStringLiteral("rowbook-diagram"));
        std::optional<SchemaDiagram> diagram;
        {
            QSqlDatabase db = Database::connect(info, name, Database::Role::Reader);
            if (db.isOpen())
                diagram = SchemaDiagram::read(db);
        }
        Database::disconnect(name);
        QMetaObject::invokeMethod(qApp, [self, diagram, generation, path = info.path] {
            if (!self || generation != self->m_generation)
                return;
            if (!diagram) {
                self->m_status->setText(
                    tr("The schema of %1 cannot be read; the diagram is empty.").arg(path));
                return;
            }
            self->m_view->setDiagram(*diagram, path);
            self->m_view->fitToWindow();
            self->m_status->setText(
                tr("%n table(s) and view(s). Drag a box to move it; double-click to open the "
                   "table; Ctrl+wheel zooms.",
                   nullptr, int(diagram->tables.size())));
            emit self->loaded();
        });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_readers.removeAll(nullptr);
    m_readers << thread;
    thread->start(QThread::LowPriority);
}

void SchemaDiagramWindow::exportAs(const QString &filter, const QString &suffix)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Schema Diagram"),
        QDir(folder).filePath(tr("schema diagram") + QLatin1Char('.') + suffix), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    QString error;
    if (m_view->exportTo(path, &error))
        m_status->setText(tr("Exported the diagram to %1.").arg(path));
    else
        QMessageBox::warning(this, tr("Export Schema Diagram"), error);
}

} // namespace rowbook
