#!/usr/bin/env bash
# Renders a Heltid HTML report (heltid compare --format html) to a PNG with headless Chromium, so the
# report can be looked at without a browser. Installs Chromium with apt when it is missing.
#
# Usage: scripts/render-report.sh REPORT.html [OUT.png] [WIDTH]
#   OUT.png defaults to REPORT.png; WIDTH (CSS pixels) defaults to 1400. The height is estimated from the
#   report's table rows (comparison table and rota grids), so the whole page is in the picture.
set -euo pipefail

report=${1:?usage: scripts/render-report.sh REPORT.html [OUT.png] [WIDTH]}
output=${2:-${report%.html}.png}
width=${3:-1400}
[ -f "$report" ] || { echo "render-report: $report does not exist" >&2; exit 2; }

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
    browser=$(command -v chromium)
fi

url="file://$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1)
height=$(( $(grep -c '<tr' "$report") * 19 + 900 ))
"$browser" "${flags[@]}" --window-size="$width,$height" --screenshot="$output" "$url" >/dev/null 2>&1
echo "$output (${width}×${height})"
