#!/usr/bin/env bash
# clang-tidy with the repository's .clang-tidy on every translation unit of the tree (app, ui,
# models, storage, transfer, cli, tests), zero findings allowed (WarningsAsErrors: '*').
#   tests/tidy.sh [BUILD_DIR] [--since REV]
# BUILD_DIR (default: build) must be a configured and built tree: clang-tidy reads its
# compile_commands.json and needs the moc/uic files that the build generates. CI runs it as the
# "tidy" stage on build-asan, the tree that stage 1 (ROWBOOK_SANITIZE=ON ./rowbook-dev test)
# built, so it compiles nothing itself.
# --since REV: only the sources changed since REV, and those that include a header changed since
# (one level). CI passes tests/tidy-baseline, the last commit whose whole tree was found clean: a
# whole-tree run takes about 18 min on 2 cores. Run it without --since before moving the baseline.
# Environment: ROWBOOK_JOBS (default: nproc).
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."

build_dir=build
since=""
while [ $# -gt 0 ]; do
    case $1 in
    --since)
        since=$2
        shift 2
        ;;
    *)
        build_dir=$1
        shift
        ;;
    esac
done
jobs=${ROWBOOK_JOBS:-$(nproc)}
if [ ! -f "$build_dir/compile_commands.json" ]; then
    echo "tidy: $build_dir/compile_commands.json is missing; build first (./rowbook-dev build)" >&2
    exit 2
fi
if ! command -v run-clang-tidy >/dev/null; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends clang-tidy
fi

start=$SECONDS
log=$(mktemp)
commands=$(mktemp -d)
trap 'rm -rf "$log" "$commands"' EXIT
# clang cannot read GCC's precompiled headers (ROWBOOK_PCH, cmake/RowbookBuildSpeed.cmake): hand
# clang-tidy the commands without the forced include of cmake_pch.hxx and -Winvalid-pch. Each file
# still includes every header it names itself, so nothing is lost.
sed -E -e 's# -Winvalid-pch##g' -e 's# -include [^ ]*cmake_pch\.hxx##g' \
    "$build_dir/compile_commands.json" >"$commands/compile_commands.json"
# Our sources only: the folders of the tree, by absolute path (compile_commands.json names every
# file absolutely), so nothing in the build tree matches: not the translation units that moc,
# uic and rcc generate (*_autogen/, .rcc/), not a build folder inside the checkout. Third-party
# code (a third_party/ or 3rdparty/ folder anywhere) is not ours to fix either.
root=$(pwd | sed 's/[].[*^$+?(){}|\\]/\\&/g') # as a regular expression
files="(app|ui|models|storage|transfer|cli|resources|tests)/(?!.*_autogen/)(?!.*/\\.rcc/)(?!.*/(third_party|3rdparty)/).*\\.cpp"
if [ -n "$since" ]; then
    if ! git cat-file -e "$since^{commit}" 2>/dev/null; then
        echo "tidy: $since is not in this clone's history; checking the whole tree" >&2
    else
        changed=$(git diff --name-only --diff-filter=AMR "$since" -- \
            'app/*' 'ui/*' 'models/*' 'storage/*' 'transfer/*' 'cli/*' 'resources/*' 'tests/*')
        sources=$(printf '%s\n' "$changed" | grep -E '\.cpp$' || true)
        for header in $(printf '%s\n' "$changed" | grep -E '\.h$' || true); do
            sources+=$'\n'$(git grep -l -F "#include \"$(basename "$header")\"" -- '*.cpp' || true)
        done
        sources=$(printf '%s\n' "$sources" | grep -E '\.cpp$' | sort -u || true)
        if [ -z "$sources" ]; then
            echo "tidy: no source changed since $since" >&2
            exit 0
        fi
        echo "tidy: $(printf '%s\n' "$sources" | wc -l) sources changed since $since" >&2
        files="($(printf '%s\n' "$sources" | sed 's/[].[*^$+?(){}|\\]/\\&/g' | paste -sd'|'))"
    fi
fi
status=0
# The commands are GCC's: clang does not know some of its warning options (such as the
# sanitizer build's -Wno-error=maybe-uninitialized), which is no finding in our code.
run-clang-tidy -p "$commands" -j "$jobs" -quiet -extra-arg=-Wno-unknown-warning-option \
    "^${root}/${files}\$" >"$log" 2>&1 || status=$?
findings=$(grep -cE '(warning|error): ' "$log" || true)
if [ "$status" -ne 0 ] || [ "$findings" -ne 0 ]; then
    grep -E -A3 '(warning|error): ' "$log" | head -n 200 >&2
    echo "tidy: $findings findings" >&2
    status=1
fi
echo "tidy: took $((SECONDS - start)) s" >&2
exit $status
