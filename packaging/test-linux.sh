#!/usr/bin/env bash
# Builds Rowbook's Linux packages and checks them the way a user and a distribution would:
#   release build (own build dir, reused) -> man page check -> cpack DEB, RPM, TGZ ->
#   lintian, desktop-file-validate, appstreamcli validate -> apt-get install ./rowbook_*.deb ->
#   rowbook --version and a headless "rowbook export" from the installed binary -> purge.
# Idempotent; installs what it needs with apt-get (apt-get update only when something is
# missing); needs no display; exits non-zero on the first failure. Run as root or with sudo.
#   ROWBOOK_PKG_BUILD_DIR   build directory (default: build-pkg at the repository root)
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
export DEBIAN_FRONTEND=noninteractive

BUILD_DIR=${ROWBOOK_PKG_BUILD_DIR:-build-pkg}
PACKAGE_DIR="$BUILD_DIR/packages"
PACKAGES=(
    # build
    g++ cmake ninja-build pkg-config qt6-base-dev qt6-base-dev-tools libgl-dev
    libsqlite3-dev libqt6sql6-sqlite libqt6svg6 qt6-svg-dev libpq-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    # packaging and checks
    dpkg-dev file fakeroot rpm librsvg2-bin gzip lintian desktop-file-utils appstream sqlite3
)

sudo=""
[ "$(id -u)" -ne 0 ] && sudo=sudo
step() { printf '\n== %s\n' "$*"; }

step "apt dependencies"
missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]}"
    $sudo apt-get update
    $sudo apt-get install -y --no-install-recommends "${missing[@]}"
else
    echo "all present"
fi

step "release build in $BUILD_DIR"
# Debian's hardening flags, as a distribution build would use (lintian checks for them).
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DROWBOOK_WERROR=ON \
    -DCMAKE_CXX_FLAGS="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)" \
    -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)" >/dev/null
# Only what the packages hold (rowbook depends on its generated data); the tests are built
# and run by the other CI stages.
cmake --build "$BUILD_DIR" --parallel 2 --target rowbook

step "man page covers --help"
(cd "$BUILD_DIR" && ctest --output-on-failure -R '^rowbook_manpage$')

step "cpack"
rm -rf "$PACKAGE_DIR"
(cd "$BUILD_DIR" && cpack)
shopt -s nullglob
debs=("$PACKAGE_DIR"/rowbook_*.deb)
rpms=("$PACKAGE_DIR"/rowbook-*.rpm)
tgzs=("$PACKAGE_DIR"/rowbook-*-Linux.tar.gz)
shopt -u nullglob
if [ ${#debs[@]} -ne 1 ] || [ ${#rpms[@]} -ne 1 ] || [ ${#tgzs[@]} -ne 1 ]; then
    echo "expected one .deb, one .rpm and one .tar.gz in $PACKAGE_DIR:" >&2
    ls -l "$PACKAGE_DIR" >&2
    exit 1
fi
deb=${debs[0]}
ls -l "$PACKAGE_DIR"
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb"
rpm -qp --requires "${rpms[0]}" | grep -v '^rpmlib(' | tr '\n' ' '
echo

step "lintian"
# Overrides, each with its reason, ship in the package (packaging/linux/lintian-overrides).
# lintian warns when run as root; run it as nobody when we are root.
# shellcheck disable=SC2054 # --fail-on takes a comma-separated list
lintian_cmd=(lintian --fail-on error,warning --display-info "$deb")
if [ "$(id -u)" -eq 0 ] && id nobody >/dev/null 2>&1; then
    chmod a+r "$deb"
    runuser -u nobody -- env HOME=/tmp "${lintian_cmd[@]}"
else
    "${lintian_cmd[@]}"
fi
echo "lintian: no errors or warnings"

step "desktop-file-validate and appstreamcli validate (files from the .deb)"
extract=$(mktemp -d)
trap 'rm -rf "$extract"' EXIT
dpkg-deb -x "$deb" "$extract"
desktop-file-validate "$extract/usr/share/applications/io.github.rowbook.Rowbook.desktop"
echo "desktop-file-validate: ok"
appstreamcli validate --no-net --pedantic \
    "$extract/usr/share/metainfo/io.github.rowbook.Rowbook.metainfo.xml"

step "install the .deb"
installed=""
cleanup() {
    [ -n "$installed" ] && $sudo apt-get purge -y rowbook >/dev/null
    rm -rf "$extract"
}
trap cleanup EXIT
# A same-version package from an earlier run would make apt keep the old files.
if dpkg-query -W -f='${Status}' rowbook 2>/dev/null | grep -q "install ok installed"; then
    $sudo apt-get purge -y rowbook
fi
installed=yes
$sudo apt-get install -y "$(readlink -f "$deb")"
command -v rowbook

step "installed binary"
# The GUI entry point creates a QApplication before it parses --version: no display here.
version=$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen rowbook --version)
echo "rowbook --version: $version"
expected_version=$(sed -n 's/^project(Rowbook VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
case "$version" in
    *"$expected_version"*) ;;
    *) echo "expected version $expected_version" >&2; exit 1 ;;
esac

# Headless verbs: no QT_QPA_PLATFORM, no display.
if env -u DISPLAY -u WAYLAND_DISPLAY rowbook export --help >/dev/null 2>&1; then
    db="$extract/sample.sqlite"
    sqlite3 "$db" "CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT, score REAL);
                   INSERT INTO people VALUES (1, 'Ada', 9.5), (2, 'Zoë, \"Z\"', NULL);"
    expected=$'id,name,score\n1,Ada,9.5\n2,"Zoë, ""Z""",'
    actual=$(env -u DISPLAY -u WAYLAND_DISPLAY \
        rowbook export --table people --database "$db" --format csv | tr -d '\r')
    printf 'rowbook export printed:\n%s\n' "$actual"
    if [ "$actual" != "$expected" ]; then
        printf 'expected:\n%s\n' "$expected" >&2
        exit 1
    fi
else
    echo "SKIPPED: headless export check ('rowbook export --help' does not exit 0 yet)"
fi

step "remove the package"
$sudo apt-get purge -y rowbook
installed=""
! command -v rowbook >/dev/null || { echo "rowbook still installed" >&2; exit 1; }

step "packages"
ls -l "$PACKAGE_DIR"
echo "test-linux.sh: all checks passed"
