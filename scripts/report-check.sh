#!/usr/bin/env bash
# Opens a `starling report` folder in headless Chromium and checks it by eye and by the DOM.
#
#   scripts/report-check.sh REPORT_DIR [OUT_DIR]
#
# Writes to OUT_DIR (default: a new folder under /tmp, never the report folder):
#   screenshot.png     the whole page at 1280 px wide, to look at
#   report-a4.pdf      the report printed to A4 by Chromium
#   page-N.png         each A4 page, rasterised by pdftoppm, to look at
#   pages.png          all the A4 pages on one sheet, four to a row
#   screenshot-N.png   the screenshot in 1200 px pieces, to read at full size
#   dom.html           the DOM after Chromium parsed it (--dump-dom)
# and fails (exit 1, one "FAIL …" line per problem) unless:
#   - DOM: every <svg> chart has a <figcaption>, a <title> and a <table> in the same block;
#     every table has a caption and rows; no section is empty; no <script>, no event
#     handler, no src=, no external href, no url() or @import: the file is self-contained;
#   - layout (screen at 1280 and 800 px, print at A4 width): nothing overflows sideways,
#     no two chart labels overlap or are cut off, labels on bars have 4.5:1 contrast,
#     every chart has a legend, no table is wider than its column;
#   - A4: the pages are A4 portrait, none blank; every chart, with its labels and its
#     table's caption, is on one page; no table of 25 rows or fewer is split across pages.
# Needs chromium and poppler-utils (apt-get install -y chromium poppler-utils) and python3.
# Runs as root in a container: Chromium is started with --no-sandbox.
set -euo pipefail

usage() { echo "usage: $0 REPORT_DIR [OUT_DIR]" >&2; exit 2; }
[ $# -ge 1 ] && [ $# -le 2 ] || usage
report_dir=$(cd "$1" && pwd) || usage
html="$report_dir/report.html"
[ -f "$html" ] || { echo "FAIL no report.html in $report_dir" >&2; exit 1; }
out=${2:-$(mktemp -d /tmp/report-check.XXXXXX)}
mkdir -p "$out"
out=$(cd "$out" && pwd)
here=$(cd "$(dirname "$0")" && pwd)

chromium=${CHROMIUM:-}
if [ -z "$chromium" ]; then
  for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then chromium=$(command -v "$candidate"); break; fi
  done
fi
[ -n "$chromium" ] || { echo "FAIL Chromium not found: apt-get install -y chromium (or set CHROMIUM)" >&2; exit 1; }
for tool in pdfinfo pdftoppm pdftotext python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "FAIL $tool not found: apt-get install -y poppler-utils python3" >&2; exit 1; }
done
export CHROMIUM="$chromium"

# A throwaway profile, so runs never share state; removed on exit.
profile=$(mktemp -d /tmp/report-check-profile.XXXXXX)
trap 'rm -rf "$profile"' EXIT
headless=("$chromium" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars
  --no-first-run --user-data-dir="$profile" --font-render-hinting=none)
url="file://$html"
status=0

echo "== $html"
echo "   $("$chromium" --version 2>/dev/null | head -1)"

echo "== DOM (--dump-dom)"
"${headless[@]}" --dump-dom "$url" >"$out/dom.html" 2>"$out/chromium.log"
python3 "$here/report-check.py" dom "$out/dom.html" || status=1

rm -f "$out"/screenshot*.png "$out"/page-*.png "$out"/pages.png "$out/report-a4.pdf"
echo "== layout and screenshot (DevTools pipe)"
python3 "$here/report-check.py" live "$html" "$out" || status=1

echo "== A4 (--print-to-pdf)"
"${headless[@]}" --no-pdf-header-footer --print-to-pdf="$out/report-a4.pdf" "$url" >>"$out/chromium.log" 2>&1
if [ -s "$out/report-a4.pdf" ]; then
  pdftoppm -r 60 -png "$out/report-a4.pdf" "$out/page"
  python3 "$here/report-check.py" pdf "$out/report-a4.pdf" "$out/dom.html" || status=1
  # All the pages side by side, four to a row, in one picture: pages.png.
  pages=$(ls "$out"/page-*.png | wc -l)
  {
    echo '<!DOCTYPE html><style>body{margin:0;background:#888;display:grid;grid-template-columns:repeat(4,300px);gap:8px;padding:8px}img{width:300px;background:#fff}</style>'
    for page in "$out"/page-*.png; do echo "<img src=\"$(basename "$page")\">"; done
  } >"$out/pages.html"
  "${headless[@]}" --screenshot="$out/pages.png" --window-size=1240,$(( (pages + 3) / 4 * 432 + 16 )) \
    "file://$out/pages.html" >>"$out/chromium.log" 2>&1 || true
  rm -f "$out/pages.html"
else
  echo "FAIL Chromium wrote no PDF (see $out/chromium.log)"; status=1
fi

echo "== files in $out"
ls "$out" | sed 's/^/   /'
if [ "$status" -ne 0 ]; then
  echo "report-check: FAILED — look at $out/screenshot.png and $out/page-*.png" >&2
else
  echo "report-check: ok — look at $out/screenshot.png and $out/page-*.png"
fi
exit "$status"
