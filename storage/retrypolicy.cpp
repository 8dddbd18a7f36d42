#include "retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace rowbook {

int RetryPolicy::delayForAttempt(int attempt) const
{
    const int shift = std::clamp(attempt - 1, 0, 20);
    const long long raw = static_cast<long long>(std::max(1, initialDelayMs)) << shift;
    const int capped = static_cast<int>(std::min<long long>(raw, std::max(1, maxDelayMs)));
    const int half = capped / 2;
    return capped - half + static_cast<int>(QRandomGenerator::global()->bounded(half + 1));
}

} // namespace rowbook
