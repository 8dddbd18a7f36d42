#pragma once

#include "database.h"
#include "populatejob.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace rowbook {

class PopulateTask;

// Table → Fill with Sample Data…: the generator SampleData chose for each column (the same
// choice `rowbook populate` makes), a combo per column to change it with a range or list field
// where one applies, the row count and seed, and a preview of the first 10 rows a fill with these
// choices writes (generated on a worker thread, inserted and rolled back). Fill runs PopulateJob
// on the worker with progress and Cancel; it writes every row in one transaction or none.
class PopulateDialog : public QDialog
{
    Q_OBJECT
public:
    enum PlanColumn { ColumnName, ColumnGenerator, ColumnRange, ColumnWhy };
    static constexpr int previewRows = 10;

    PopulateDialog(const DatabaseInfo &info, const QString &table, QWidget *parent = nullptr);
    ~PopulateDialog() override;

    // What a fill would be started with now; false with `problem` when a field cannot be read.
    bool options(PopulateJob::Options *options, QString *problem) const;
    bool isBusy() const;
    QTableWidget *planTable() const { return m_planTable; }
    QTableWidget *previewTable() const { return m_previewTable; }

public Q_SLOTS:
    void preview();
    void fill();
    void cancelFill();
    void reject() override; // while filling: cancels, and closes once nothing was written

Q_SIGNALS:
    // After a fill committed: the rows got the keys [firstKey, lastKey] of `keyColumn` (0 when
    // unknown; `noUndo` then says why).
    void filled(const QString &table,
                qint64 rows,
                qint64 firstKey,
                qint64 lastKey,
                const QString &keyColumn,
                const QString &noUndo);

private:
    void onFinished(const PopulateJob::Result &result);
    void showPlan(const QVector<SampleData::Column> &columns);
    void showPreview(const PopulateJob::Result &result);
    void onChoiceChanged();
    void updateButtons();
    void showError(const QString &message);

    DatabaseInfo m_info;
    QString m_table;
    QVector<SampleData::Column> m_planned; // as SampleData chose, before the user's changes
    QTableWidget *m_planTable;
    QTableWidget *m_previewTable;
    QSpinBox *m_rowsSpin;
    QLineEdit *m_seedEdit;
    QLabel *m_errorLabel;
    QProgressBar *m_progressBar;
    QLabel *m_statusLabel;
    QPushButton *m_previewButton;
    QPushButton *m_fillButton;
    QPushButton *m_cancelButton;
    QPushButton *m_closeButton;
    PopulateTask *m_task;
    bool m_filling = false;
    bool m_previewAgain = false;
    bool m_closeWhenStopped = false;
};

} // namespace rowbook
