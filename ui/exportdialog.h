#pragma once

#include "database.h"
#include "exportjob.h"
#include "filejobdialog.h"

class QComboBox;

namespace rowbook {

// File → Export table…: writes one table (or view) to a CSV or JSON file with ExportJob on a
// worker thread, with progress and Cancel. The file is replaced only when the export succeeds.
class ExportDialog : public FileJobDialog
{
    Q_OBJECT
public:
    ExportDialog(const DatabaseInfo &info, const QString &table, QWidget *parent = nullptr);

    QString table() const { return m_table; }
    ExportJob::Format format() const;

    // <Documents>/<table>.csv (or .json), with characters file systems reject replaced.
    static QString defaultPath(const QString &table, ExportJob::Format format);

public Q_SLOTS:
    void setOutputPath(const QString &path) override;
    void browse() override;
    void start() override;

Q_SIGNALS:
    void exported(const QString &path, qint64 rows);

private:
    void onFormatChanged();
    void onProgress(qint64 rows);
    void onFinished(const ExportJob::Result &result);

    DatabaseInfo m_info;
    QString m_table;
    qint64 m_totalRows = -1; // -1: unknown
    QLabel *m_summaryLabel;
    QComboBox *m_formatCombo;
    ExportJob::Options m_started;
};

} // namespace rowbook
