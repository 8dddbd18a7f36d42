#!/usr/bin/env bash
# Regenerates the committed platform icons from resources/icons/rowbook.svg:
#   packaging/windows/rowbook.ico   (16-256 px; icotool from icoutils)
#   packaging/macos/rowbook.icns    (16-512 px; png2icns from icnsutils)
# Run it after changing the SVG and commit the results. The Linux hicolor PNGs are not
# committed: packaging/CMakeLists.txt renders them at build time with rsvg-convert.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"
for tool in rsvg-convert icotool png2icns; do
    command -v "$tool" >/dev/null || {
        echo "make-icons.sh: $tool is missing (apt-get install librsvg2-bin icoutils icnsutils)" >&2
        exit 1
    }
done
svg=../resources/icons/rowbook.svg
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" -o "$tmp/$size.png" "$svg"
done
# Small sizes as BMP entries for old shells, 256 px PNG-compressed as Windows Vista+ expects.
icotool --create --output=windows/rowbook.ico \
    "$tmp/16.png" "$tmp/24.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" \
    --raw="$tmp/256.png"
png2icns macos/rowbook.icns \
    "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/128.png" "$tmp/256.png" "$tmp/512.png" >/dev/null
echo "make-icons.sh: wrote windows/rowbook.ico and macos/rowbook.icns"
