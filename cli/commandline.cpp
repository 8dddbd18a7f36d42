#include "commandline.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <vector>

namespace {

// The context this file's messages are looked up and filed (lupdate) under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

namespace rowbook::CommandLine {

int editDistance(const QString &a, const QString &b)
{
    const QString x = a.toLower();
    const QString y = b.toLower();
    std::vector<int> previous(size_t(y.size()) + 1);
    std::vector<int> current(previous.size());
    for (size_t j = 0; j < previous.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= x.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= y.size(); ++j) {
            const int substitution = previous[size_t(j - 1)] + (x.at(i - 1) == y.at(j - 1) ? 0 : 1);
            current[size_t(j)]
                = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous.back();
}

QString closestVerb(const QString &word, const QStringList &verbs)
{
    QString best;
    int bestDistance = 3; // at most 2 edits
    for (const QString &verb : verbs) {
        const int distance = editDistance(word, verb);
        if (distance < bestDistance
            && qsizetype(distance) * 2 < std::max(word.size(), verb.size())) {
            best = verb;
            bestDistance = distance;
        }
    }
    return best;
}

QString sentence(const QString &text)
{
    QString result = text.trimmed();
    while (result.endsWith(QStringLiteral("..")))
        result.chop(1);
    if (result.isEmpty() || result.endsWith(QLatin1Char('.')) || result.endsWith(QLatin1Char('?'))
        || result.endsWith(QLatin1Char('!')))
        return result;
    return result + QLatin1Char('.');
}

QString unknownCommand(const QString &argument, const QStringList &verbs)
{
    if (argument.isEmpty() || QFileInfo::exists(argument) || argument.contains(QLatin1Char('/'))
        || argument.contains(QDir::separator()) || !QFileInfo(argument).suffix().isEmpty())
        return {};
    const QString verb = closestVerb(argument, verbs);
    if (!verb.isEmpty())
        return Text::tr("unknown command '%1'; did you mean '%2'?").arg(argument, verb);
    return Text::tr(
               "unknown command '%1' (commands: %2; a new database file needs an extension such as "
               ".sqlite).")
        .arg(argument, verbs.join(QLatin1String(", ")));
}

} // namespace rowbook::CommandLine
