#pragma once

namespace rowbook {

// Exponential backoff with jitter for "database is locked", within a time budget.
struct RetryPolicy
{
    int initialDelayMs = 10;
    int maxDelayMs = 1000;
    int budgetMs = 30000;

    // The delay before retry number `attempt` (1-based): initial * 2^(attempt-1), capped, with
    // "equal jitter": half of it fixed, the other half random, so writers waiting for the same
    // lock do not retry in lock step.
    int delayForAttempt(int attempt) const;
};

} // namespace rowbook
