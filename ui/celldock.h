#pragma once

#include <QDockWidget>
#include <QPersistentModelIndex>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace rowbook {

// View → Cell Editor: the current cell of the grid at full size. Text with word wrap (editable,
// applied with Apply or Ctrl+Return), a preview when a BLOB is an image, a hex view, and import
// and export of the cell's value from and to a file.
class CellDock : public QDockWidget
{
    Q_OBJECT
public:
    enum Page { TextPage, ImagePage, HexPage };

    explicit CellDock(QWidget *parent = nullptr);
    ~CellDock() override;

    // Follows the current cell of `view`, the grid (call again after the view gets a new
    // model). While an SQL console's result has the focus, its current cell is shown instead
    // (read-only), until the grid has the focus again.
    void setView(QTableView *view);
    // The view whose current cell is shown: the grid, or a console's result.
    QTableView *followedView() const { return m_view; }
    // Writes the cell's value to `path`: BLOBs byte for byte, text as UTF-8.
    bool exportTo(const QString &path, QString *error) const;
    // Stores the file's content in the cell: bytes for BLOB columns, UTF-8 text otherwise.
    bool importFrom(const QString &path, QString *error);
    QTabWidget *pages() const { return m_pages; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QPlainTextEdit *hexView() const { return m_hex; }
    QLabel *imageView() const { return m_image; }

    static QString hexDump(const QByteArray &bytes, int maxBytes = 64 * 1024);

private:
    void follow(QTableView *view);
    void onFocusChanged(QWidget *now);
    void showCurrent();
    // `readNow`: reads a row not in memory here instead of waiting for its page.
    void showCell(bool readNow);
    void apply();
    // False (and says why) when the cell's row cannot be read to be changed now.
    bool readable();
    void exportCell();
    void importCell();

    // To QApplication::focusChanged: ended in ~CellDock, as ~QWidget moves the focus while
    // this is no longer a CellDock.
    QMetaObject::Connection m_focusConnection;
    QPointer<QTableView> m_view;
    QPointer<QTableView> m_grid;                       // the view setView() gave
    QList<QMetaObject::Connection> m_modelConnections; // to the model the view shows
    QPersistentModelIndex m_index;
    QTabWidget *m_pages;
    QPlainTextEdit *m_text;
    QLabel *m_image;
    QPlainTextEdit *m_hex;
    QLabel *m_info;
    QPushButton *m_apply;
    QPushButton *m_import;
    QPushButton *m_export;
};

} // namespace rowbook
