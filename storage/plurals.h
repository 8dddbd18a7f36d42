#pragma once

#include <QTranslator>

namespace rowbook {

// English plural forms for the source texts: Qt only picks a numerus form from a translation, so
// without one "%n edit(s)" would stay "1 edit(s)". Installed first (the lowest priority), it turns
// "(s)" into "" or "s" by the count for every text that has %n, and leaves the rest to real
// translations. Every QCoreApplication of a program that links rowbook_storage gets one at
// start-up (Q_COREAPP_STARTUP_FUNCTION in storageerror.cpp, which every such program links).
class EnglishPlurals : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *context,
                      const char *sourceText,
                      const char *disambiguation,
                      int n) const override;

    // The English form of `sourceText` for the count n (n < 0: no count, returns nothing).
    static QString form(const char *sourceText, int n);
};

// Every count and row number shown to people, in one format: the user's locale with its digit
// grouping (1,234,567 in English), the same as %Ln in a tr() text.
QString formatCount(qint64 n);

// Installs an EnglishPlurals owned by the running QCoreApplication.
void installEnglishPlurals();

} // namespace rowbook
