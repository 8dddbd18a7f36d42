#pragma once

#include "database.h"
#include "schemadiagram.h"

#include <QGraphicsView>
#include <QPointer>
#include <QWidget>

class QLabel;
class QThread;

namespace rowbook {

class DiagramTableItem;
class DiagramEdgesItem;

// The schema diagram on screen: boxes the user drags (positions remembered per database file),
// Ctrl+wheel zoom, fit to window; a double-click on a box asks for that table.
class SchemaDiagramView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit SchemaDiagramView(QWidget *parent = nullptr);
    ~SchemaDiagramView() override;

    // Shows `diagram` of the file at `databasePath`: boxes where the user left them last time,
    // the automatic layout for the others.
    void setDiagram(const SchemaDiagram &diagram, const QString &databasePath);
    const SchemaDiagram &diagram() const { return m_diagram; }
    QVector<QPointF> positions() const;
    QRectF boxRect(const QString &table) const; // in scene coordinates; null when unknown
    void fitToWindow();
    void zoomBy(qreal factor);
    qreal zoom() const;
    // Forgets the dragged positions of this file and lays the boxes out again.
    void resetLayout();
    bool exportTo(const QString &path, QString *error) const;

    // The settings key under which a file's box positions are kept.
    static QString settingsKey(const QString &databasePath);

Q_SIGNALS:
    void tableActivated(const QString &table);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class DiagramTableItem;
    friend class DiagramEdgesItem;
    void boxMoved();
    void savePositions() const;
    DiagramPainter::Colours colours() const;

    SchemaDiagram m_diagram;
    QString m_databasePath;
    DiagramPainter m_painter;
    DiagramPainter::Colours m_colours;
    QVector<DiagramTableItem *> m_items;
    DiagramEdgesItem *m_edges = nullptr;
    bool m_moved = false;
};

// View → Schema Diagram: the view with a toolbar (fit, zoom, reset layout, export as SVG/PNG); the
// schema is read on a thread of its own so the window never waits on the file.
class SchemaDiagramWindow : public QWidget
{
    Q_OBJECT
public:
    explicit SchemaDiagramWindow(QWidget *parent = nullptr);
    ~SchemaDiagramWindow() override;

    // Reads the schema of `info` off the GUI thread and shows it; loaded() when it is on screen.
    void load(const DatabaseInfo &info);
    SchemaDiagramView *view() const { return m_view; }

Q_SIGNALS:
    void tableActivated(const QString &table);
    void loaded();

private:
    void exportAs(const QString &filter, const QString &suffix);

    SchemaDiagramView *m_view;
    QLabel *m_status;
    int m_generation = 0;
    QList<QPointer<QThread>> m_readers;
};

} // namespace rowbook
