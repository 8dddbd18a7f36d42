#include "openquestion.h"

#include "pgconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace {

// The context this file's messages are looked up and filed (lupdate) under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OpenQuestion)
};

} // namespace

namespace rowbook {

std::optional<Database::Open> askOpenMode(QWidget *parent, const QString &path)
{
    if (PgConnection::isUri(path))
        return Database::Open::Existing; // a server database is never created from here
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == QFileInfo(Database::defaultPath()).absoluteFilePath())
        return Database::Open::Starter;
    if (QFileInfo::exists(absolute))
        return Database::Open::Existing;
    QMessageBox box(QMessageBox::Question, Text::tr("Create Database?"),
                    Text::tr("There is no file %1; create a new, empty database there?")
                        .arg(QDir::toNativeSeparators(absolute)),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("createPrompt"));
    QPushButton *create = box.addButton(Text::tr("Create"), QMessageBox::AcceptRole);
    create->setObjectName(QStringLiteral("createDatabase"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelCreate"));
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != create)
        return std::nullopt;
    return Database::Open::Create;
}

} // namespace rowbook
