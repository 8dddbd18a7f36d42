#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace rowbook {

struct PgConnection;

// File → Connect to Server…: where a PostgreSQL database is (host or socket folder, port,
// database, user), its password and SSL mode, and Test Connection, which tries them on a worker
// thread while the dialog stays usable. The password is kept for this session only: uri() carries
// it to the connection, and nothing of the dialog is saved.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Fills the fields from a URI (the password left empty).
    void setUri(const QString &uri);
    // The connection as a URI, with the password typed (if any) as ?password=.
    QString uri() const;
    PgConnection connection() const;

    // The outcome of the last Test Connection, as shown under the fields.
    QString testResult() const;

Q_SIGNALS:
    void tested(bool ok);

private:
    void test();
    void onTested(quint64 attempt, bool ok, const QString &message);
    void updateButtons();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_sslMode;
    QLabel *m_result;
    QPushButton *m_test;
    QDialogButtonBox *m_buttons;
    quint64 m_attempt = 0;
};

} // namespace rowbook
