#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

class QPainter;
class QPalette;

namespace rowbook {

// What the schema diagram shows: the tables and views of a database with their columns, and one
// edge per foreign key. Read through storage's Catalog and ForeignKeys, so no catalog query is
// spelled here; no widgets either, so the window and `rowbook diagram` draw the same picture.
struct SchemaDiagram
{
    struct Column
    {
        QString name;
        QString type;
        bool primaryKey = false;
        bool foreignKey = false;
    };
    struct Table
    {
        QString name;
        bool isView = false;
        QVector<Column> columns;
    };
    // A foreign key: column `fromColumn` of table `from` refers to `toColumn` of table `to`
    // (indices into tables and their columns; toColumn is -1 when the parent column is implicit).
    struct Edge
    {
        int from = -1;
        int fromColumn = -1;
        int to = -1;
        int toColumn = -1;
    };

    QVector<Table> tables;
    QVector<Edge> edges;

    // The tables and views of `db` (Rowbook's own tables left out), sorted by name.
    static SchemaDiagram read(const QSqlDatabase &db);
    int indexOf(const QString &table) const;
};

// Where the boxes go. Boxes are laid out in layers by foreign key, parents to the left of the
// tables that refer to them; a cycle is broken where the depth-first walk first closes it, a
// layer taller than the picture is wide wraps into a further column, and tables without any
// foreign key (and views) come last as a grid. Boxes never overlap.
namespace DiagramLayout {
inline constexpr qreal gap = 48;
QVector<QPointF> arrange(const SchemaDiagram &diagram, const QVector<QSizeF> &sizes);
// The layer of every table: 0 for tables that refer to no other, else one more than the
// deepest parent (edges that close a cycle ignored).
QVector<int> layers(const SchemaDiagram &diagram);
} // namespace DiagramLayout

// Drawing the diagram with QPainter: on a widget, into an SVG (QSvgGenerator) or a PNG.
class DiagramPainter
{
    Q_DECLARE_TR_FUNCTIONS(DiagramPainter)

public:
    struct Colours
    {
        QColor background;
        QColor box;
        QColor header;
        QColor headerText;
        QColor text;
        QColor muted; // column types
        QColor border;
        QColor viewBorder;
        QColor viewHeader;
        QColor key;  // the primary key mark
        QColor edge; // the foreign key arrows
        QColor selection;

        // Colours for `palette`: Base boxes on a Window background, Highlight headers.
        static Colours fromPalette(const QPalette &palette);
        // The fixed light colours of `rowbook diagram` (no window, no palette of the desktop).
        static Colours light();
    };

    explicit DiagramPainter(const QFont &font = QFont());

    QFont font() const { return m_font; }
    QSizeF boxSize(const SchemaDiagram::Table &table) const;
    QVector<QSizeF> boxSizes(const SchemaDiagram &diagram) const;
    // The vertical middle of column `column` in a box drawn at `box` (its header for -1).
    qreal columnY(const QRectF &box, int column) const;

    void paintTable(QPainter *painter,
                    const SchemaDiagram::Table &table,
                    const QRectF &box,
                    const Colours &colours,
                    bool selected = false) const;
    void paintEdge(QPainter *painter,
                   const QRectF &from,
                   int fromColumn,
                   const QRectF &to,
                   int toColumn,
                   const Colours &colours) const;
    // The whole diagram with boxes at `positions` (top-left corners), background included.
    void paint(QPainter *painter,
               const SchemaDiagram &diagram,
               const QVector<QPointF> &positions,
               const Colours &colours) const;
    // The rectangle the boxes and arrows cover, with a margin.
    QRectF bounds(const SchemaDiagram &diagram, const QVector<QPointF> &positions) const;

    // Writes the diagram to `path`, as SVG or PNG by its extension. False with *error set when
    // the extension is neither or the file cannot be written.
    bool write(const QString &path,
               const SchemaDiagram &diagram,
               const QVector<QPointF> &positions,
               const Colours &colours,
               QString *error) const;
    static bool isSupportedOutput(const QString &path);

private:
    qreal lineHeight() const;
    qreal padding() const;

    QFont m_font;
};

} // namespace rowbook
