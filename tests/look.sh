#!/usr/bin/env bash
# Renders the shipped plans and turns the output into PNG pages for a person to look at, as a reader
# would see them: .docx through LibreOffice (PDF) and poppler, .html through headless Chromium (PDF,
# print styles) and poppler. Not part of the test suite: it needs Debian's libreoffice-writer-nogui,
# poppler-utils, chromium and fonts-noto-cjk (apt-get install -y ...).
#   tests/look.sh [OUT]   default OUT: /tmp/mplan-look; pages land in OUT/<plan>-<format>-<page>.png
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/mplan-look}"
mkdir -p "$out"
for tool in soffice pdftoppm chromium; do
  command -v "$tool" >/dev/null || { echo "look.sh: $tool is missing (see the comment at the top)" >&2; exit 2; }
done
for plan in plans/kazuo plans/tieling plans/examples/county plans/examples/city plans/liaoning; do
  name="$(basename "$plan")"
  ./mplan render "$plan" --format docx -o "$out" --force >/dev/null
  ./mplan render "$plan" --format html -o "$out" --force >/dev/null
  (cd "$out" && soffice --headless --convert-to pdf "$name.docx" >/dev/null 2>&1 && mv "$name.pdf" "$name-docx.pdf")
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$out/$name-html.pdf" "file://$(cd "$out" && pwd)/$name.html" 2>/dev/null
  for format in docx html; do
    pdftoppm -png -r 50 "$out/$name-$format.pdf" "$out/$name-$format"
  done
done
echo "pages in $out"
