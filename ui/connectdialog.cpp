#include "connectdialog.h"

#include "database.h"
#include "pgconnection.h"
#include "pooltask.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVBoxLayout>

#include <utility>

namespace rowbook {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_result(new QLabel(this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to Server"));
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("localhost, a host name, or a socket folder"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("your login name"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from PGPASSWORD or ~/.pgpass when empty"));
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    m_sslMode->addItems({QStringLiteral("prefer"), QStringLiteral("disable"),
                         QStringLiteral("allow"), QStringLiteral("require"),
                         QStringLiteral("verify-ca"), QStringLiteral("verify-full")});
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_test->setObjectName(QStringLiteral("testConnection"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&SSL mode:"), m_sslMode);
    QPushButton *connectButton = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("connect"));
    connectButton->setDefault(true);
    m_buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);
    // Room for a socket folder or a long host name, and the placeholders, in any font and
    // language.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    for (QLineEdit *edit : {m_host, m_user, m_password})
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 16);

    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::test);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_database, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);
    updateButtons();
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::updateButtons()
{
    const bool named = !m_database->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(false);
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(named);
    }
    m_test->setEnabled(named);
}

void ConnectDialog::setUri(const QString &uri)
{
    PgConnection connection;
    QString problem;
    if (!PgConnection::parse(uri, &connection, &problem))
        return;
    m_host->setText(connection.host);
    if (connection.port > 0)
        m_port->setValue(connection.port);
    m_database->setText(connection.database);
    m_user->setText(connection.user);
    if (const int mode = m_sslMode->findText(connection.sslMode); mode >= 0)
        m_sslMode->setCurrentIndex(mode);
}

PgConnection ConnectDialog::connection() const
{
    PgConnection connection;
    connection.host = m_host->text().trimmed();
    connection.port = m_port->value();
    connection.database = m_database->text().trimmed();
    connection.user = m_user->text().trimmed();
    connection.password = m_password->text();
    if (m_sslMode->currentIndex() > 0) // "prefer" is libpq's own default
        connection.sslMode = m_sslMode->currentText();
    return connection;
}

QString ConnectDialog::uri() const
{
    const PgConnection chosen = connection();
    QString uri = chosen.toDisplayUri();
    if (!chosen.password.isEmpty())
        uri += (uri.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
               + QStringLiteral("password=")
               + QString::fromUtf8(QUrl::toPercentEncoding(chosen.password));
    return uri;
}

QString ConnectDialog::testResult() const
{
    return m_result->text();
}

void ConnectDialog::test()
{
    const quint64 attempt = ++m_attempt;
    m_result->setText(tr("Connecting…"));
    const PgConnection chosen = connection();
    // The server may take seconds to answer (or to time out, connect_timeout); the answer is
    // dropped when another test started.
    runOnPool(
        this,
        [chosen] {
            const QString name = Database::uniqueConnectionName(QStringLiteral("test"));
            bool ok = false;
            QString message = PgConnection::missingDriver();
            if (message.isEmpty()) {
                QSqlDatabase db = chosen.addDatabase(name);
                if (db.open()) {
                    QSqlQuery version(db);
                    ok = version.exec(QStringLiteral("SELECT current_setting('server_version')"))
                         && version.next();
                    message = ok ? tr("Connected: PostgreSQL %1.").arg(version.value(0).toString())
                                 : version.lastError().text();
                } else {
                    message = db.lastError().databaseText().trimmed();
                    if (message.isEmpty())
                        message = db.lastError().text();
                }
            }
            Database::disconnect(name);
            return std::make_pair(ok, message);
        },
        [this, attempt](const std::pair<bool, QString> &tested) {
            onTested(attempt, tested.first, tested.second);
        });
}

void ConnectDialog::onTested(quint64 attempt, bool ok, const QString &message)
{
    if (attempt != m_attempt)
        return;
    m_result->setText(ok ? message : tr("Could not connect: %1").arg(message));
    Q_EMIT tested(ok);
}

} // namespace rowbook
