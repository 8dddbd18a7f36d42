#!/usr/bin/env bash
# Builds Rowbook with AddressSanitizer + UndefinedBehaviorSanitizer (-DROWBOOK_SANITIZE=ON) in its
# own build tree and runs the whole ctest suite there. Any ASan/UBSan report, and any leak that
# tests/lsan.supp does not name, fails the run.
#   tests/run-sanitized.sh [CTEST_ARGS...]
# Environment: ROWBOOK_ASAN_BUILD_DIR (default build-asan), ROWBOOK_JOBS (default: nproc, max 2
# on shared machines is the caller's choice), CXX (default: the system compiler).
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
root=$PWD

build_dir=${ROWBOOK_ASAN_BUILD_DIR:-build-asan}
jobs=${ROWBOOK_JOBS:-$(nproc)}
start=$SECONDS

# Tests that cannot run under ASan, as a ctest regular expression (empty: none). Keep a reason
# next to every entry.
exclude=""

# -O1 -g1: line tables are all a sanitizer report needs; compiling takes half the CPU time of
# RelWithDebInfo's -O2 -g (measured on ui/mainwindow.cpp: 11.3 s instead of 22.9 s).
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DROWBOOK_SANITIZE=ON \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG"
cmake --build "$build_dir" --parallel "$jobs"
echo "run-sanitized: built in $((SECONDS - start)) s" >&2

# abort_on_error: a report ends the test with SIGABRT, which ctest counts as a failure.
# detect_stack_use_after_return costs memory and time but catches dangling references to locals.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"

ctest_start=$SECONDS
status=0
(cd "$build_dir" && ctest --output-on-failure --parallel "$jobs" ${exclude:+-E "$exclude"} "$@") \
    || status=$?
echo "run-sanitized: tests took $((SECONDS - ctest_start)) s, $((SECONDS - start)) s in all" >&2
exit $status
