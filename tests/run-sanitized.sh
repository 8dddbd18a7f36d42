#!/usr/bin/env bash
# The whole ctest suite built with AddressSanitizer + UndefinedBehaviorSanitizer, in its own build
# tree: `./rowbook-dev test` with ROWBOOK_SANITIZE=ON (the flags and the ASAN/UBSAN/LSAN options
# live there). Any ASan/UBSan report, and any leak that tests/lsan.supp does not name, fails the
# test. CI runs the suite this way only (see .ci/run).
#   tests/run-sanitized.sh [CTEST_ARGS...]
# Environment: ROWBOOK_ASAN_BUILD_DIR (default build-asan).
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
ROWBOOK_SANITIZE=ON ROWBOOK_BUILD_DIR=${ROWBOOK_ASAN_BUILD_DIR:-build-asan} \
    exec ./rowbook-dev test "$@"
