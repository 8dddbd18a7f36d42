#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each for SECONDS (default 60),
# starting from the seed corpus in tests/fuzz/corpus. Exits non-zero when a target finds a crash,
# a hang, a leak or a broken invariant; the input that did it is kept in BUILD/artifacts/.
#   tests/fuzz/run-fuzz.sh [SECONDS]
# Environment: ROWBOOK_FUZZ_BUILD_DIR (default build-fuzz), CXX (default clang++),
# ROWBOOK_JOBS (parallel compile jobs, default nproc).
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
root=$PWD

seconds=${1:-60}
build_dir=${ROWBOOK_FUZZ_BUILD_DIR:-build-fuzz}
jobs=${ROWBOOK_JOBS:-$(nproc)}

cmake -S tests/fuzz -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER="${CXX:-clang++}" >/dev/null
cmake --build "$build_dir" --parallel "$jobs"

status=0
for pair in csvreader:csv filtersyntax:filter; do
    target=${pair%%:*}
    seeds=$root/tests/fuzz/corpus/${pair##*:}
    # New inputs go to a corpus in the build tree; the seeds in the repository stay as they are.
    corpus=$build_dir/corpus/$target
    artifacts=$build_dir/artifacts/$target
    log=$build_dir/fuzz_$target.log
    mkdir -p "$corpus" "$artifacts"
    echo "run-fuzz: fuzz_$target for $seconds s" >&2
    rc=0
    "$build_dir/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=4096 -print_final_stats=1 -dict="$root/tests/fuzz/${pair##*:}.dict" \
        -artifact_prefix="$artifacts/" "$corpus" "$seeds" >"$log" 2>&1 || rc=$?
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 || true)
    if [ "$rc" -ne 0 ]; then
        status=1
        tail -n 80 "$log" >&2
        echo "run-fuzz: fuzz_$target FAILED (exit $rc) after ${executions:-?} executions;" \
            "input kept in $artifacts (reproduce: $build_dir/fuzz_$target FILE)" >&2
    else
        echo "run-fuzz: fuzz_$target ok: ${executions:-?} executions in $seconds s, $coverage," \
            "corpus $(find "$corpus" -type f | wc -l) + $(find "$seeds" -type f | wc -l) seeds" >&2
    fi
done
exit $status
