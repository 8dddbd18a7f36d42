#pragma once

#include <QObject>
#include <QStringList>
#include <QUrl>

class QAction;
class QMainWindow;
class QMenu;

namespace rowbook {

class BackupStatus;
class DocumentController;

// The File menu: new, open, recent and your own database; import and export; backups.
class FileActions : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxRecent = 10;

    // Takes the drops on `window`.
    FileActions(QMainWindow *window, DocumentController *document);

    void addTo(QMenu *menu);
    void update();
    // Remembers a file that was opened (most recent first, ten at most).
    static void remember(const QString &path);
    static QStringList recentFiles(); // existing files only

    // Drag and drop: database files open, data files import.
    static bool canDrop(const QList<QUrl> &urls);
    void drop(const QList<QUrl> &urls);
    void importFile(const QString &path = {});
    // Backups on a worker, with progress and Cancel in the status bar.
    BackupStatus *backups() const { return m_backups; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void newDatabase();
    void openDatabase();
    void connectToServer();
    void exportTable();
    void exportDatabase();
    void copyDatabase();
    void backUpNow();
    void restoreFromBackup();
    void fillRecentMenu();

    QMainWindow *m_window;
    DocumentController *m_document;
    QMenu *m_recentMenu = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_dump = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_backup = nullptr;
    QAction *m_restore = nullptr;
    BackupStatus *m_backups = nullptr;
};

} // namespace rowbook
