#include "datepicker.h"

#include <QAction>
#include <QCalendarWidget>
#include <QDate>
#include <QDateTime>
#include <QIcon>
#include <QLineEdit>
#include <QStyle>

#include <algorithm>

namespace rowbook {

DatePicker::DatePicker(QLineEdit *edit, bool withTime)
    : QObject(edit)
    , m_edit(edit)
    , m_withTime(withTime)
{
    QAction *pick = edit->addAction(QIcon(QStringLiteral(":/icons/calendar.svg")),
                                    QLineEdit::TrailingPosition);
    pick->setObjectName(QStringLiteral("pickDate"));
    pick->setToolTip(tr("Pick a day from the calendar."));
    connect(pick, &QAction::triggered, this, &DatePicker::showCalendar);
    edit->setPlaceholderText(withTime ? tr("yyyy-MM-dd HH:mm:ss") : tr("yyyy-MM-dd"));
}

int DatePicker::widthFor(const QLineEdit *edit)
{
    const auto *picker = edit->findChild<DatePicker *>(QString(), Qt::FindDirectChildrenOnly);
    const bool withTime = picker && picker->m_withTime;
    const QFontMetrics metrics = edit->fontMetrics();
    const int sample = metrics.horizontalAdvance(withTime ? QStringLiteral("0000-00-00 00:00:00")
                                                          : QStringLiteral("0000-00-00"));
    const int text = std::max(sample, metrics.horizontalAdvance(edit->text()));
    // QLineEdit keeps 2 px on each side of the text and a cursor; a trailing action is an icon
    // button (the small icon size + 6) with 3 px beside it.
    const int icon = edit->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, edit);
    const QMargins margins = edit->textMargins() + edit->contentsMargins();
    return text + 2 * 2 + 1 + icon + 6 + 3 + margins.left() + margins.right() + 4;
}

void DatePicker::showCalendar()
{
    const QString text = m_edit->text().trimmed();
    QDate date = QDate::fromString(text.left(10), QStringLiteral("yyyy-MM-dd"));
    // A child of the line edit: a cell editor does not count the calendar taking focus as leaving.
    auto *calendar = new QCalendarWidget(m_edit);
    calendar->setObjectName(QStringLiteral("datePickerCalendar"));
    calendar->setWindowFlags(Qt::Popup);
    calendar->setAttribute(Qt::WA_DeleteOnClose);
    calendar->setGridVisible(true);
    calendar->setSelectedDate(date.isValid() ? date : QDate::currentDate());
    auto pick = [this, calendar, text](QDate picked) {
        QString time = QStringLiteral("00:00:00");
        if (text.size() > 11
            && QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss")).isValid())
            time = text.mid(11);
        m_edit->selectAll();
        m_edit->insert(picked.toString(QStringLiteral("yyyy-MM-dd"))
                       + (m_withTime ? QLatin1Char(' ') + time : QString())); // as if typed
        calendar->close();
        m_edit->setFocus(Qt::PopupFocusReason);
    };
    connect(calendar, &QCalendarWidget::clicked, this, pick);
    connect(calendar, &QCalendarWidget::activated, this, pick); // Return on a day
    calendar->adjustSize();
    calendar->move(m_edit->mapToGlobal(QPoint(0, m_edit->height())));
    calendar->show();
    calendar->setFocus(Qt::PopupFocusReason);
}

} // namespace rowbook
