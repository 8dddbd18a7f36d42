#pragma once

#include <QObject>

class QLineEdit;

namespace rowbook {

// A calendar button at the end of a line edit that holds a date (yyyy-MM-dd) or a date and time
// (yyyy-MM-dd HH:mm:ss) as text. Picking a day replaces the date and keeps the time; it counts as
// typing, so the editor knows the user changed the value.
class DatePicker : public QObject
{
    Q_OBJECT
public:
    DatePicker(QLineEdit *edit, bool withTime);

private:
    void showCalendar();

    QLineEdit *m_edit;
    bool m_withTime;
};

} // namespace rowbook
