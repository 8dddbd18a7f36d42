#pragma once

#include <QMainWindow>

namespace rowbook {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openDatabase(const QString &path, const QString &table = {});
};

} // namespace rowbook
