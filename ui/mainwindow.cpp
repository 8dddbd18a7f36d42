#include "mainwindow.h"

namespace rowbook {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{}

MainWindow::~MainWindow() = default;

bool MainWindow::openDatabase(const QString &path, const QString &table)
{
    Q_UNUSED(path)
    Q_UNUSED(table)
    return false;
}

} // namespace rowbook
