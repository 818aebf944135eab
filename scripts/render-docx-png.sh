#!/usr/bin/env bash
# Renders the first page of a .docx to PNG as a reader without the official fonts sees it:
# LibreOffice → PDF → pdftoppm, with the faces of GB/T 9704 mapped to Noto's simplified-Chinese
# faces (assets/fontconfig/fonts.conf). Used for the README's picture of the plan.
#   scripts/render-docx-png.sh out/工作计划.docx docs/images/plan-page-1.png
set -euo pipefail
in=$1 out=$2
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$in" "$work/doc.docx"
FONTCONFIG_FILE="$here/assets/fontconfig/fonts.conf" soffice "-env:UserInstallation=file://$work/profile" \
  --headless --convert-to pdf --outdir "$work" "$work/doc.docx" >/dev/null
pdftoppm -r 60 -f 1 -l 1 -png -singlefile "$work/doc.pdf" "$work/page"
cp "$work/page.png" "$out"
