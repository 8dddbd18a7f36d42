#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

namespace rowbook {

// Notices commits by other connections to the open file: polls SQLite's PRAGMA data_version
// (which changes only when another connection committed) on the GUI's reader, a cheap call,
// every interval while started. Own saves are not reported: pause() while a batch is in flight
// and acknowledge() once it committed. schemaChanged() also fires for new, dropped or altered
// tables (PRAGMA schema_version).
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ChangeWatcher(QSqlDatabase reader, QObject *parent = nullptr);

    static constexpr int defaultIntervalMs = 300;
    void setInterval(int ms) { m_timer.setInterval(ms); }
    void start();
    void stop() { m_timer.stop(); }
    void setPaused(bool paused) { m_paused = paused; }
    // Takes the file as it is now as seen (after the save worker's own commit). When others
    // committed before that batch (SaveOutcome::othersCommitted), reports it with changed().
    void acknowledge(bool othersCommitted = false);
    // Checks now; emits changed() when another connection committed since the last check.
    void poll();

Q_SIGNALS:
    void changed(bool schemaChanged);

private:
    qint64 pragma(const QString &name) const;

    QSqlDatabase m_db;
    QTimer m_timer;
    qint64 m_dataVersion = -1;
    qint64 m_schemaVersion = -1;
    bool m_paused = false;
};

} // namespace rowbook
