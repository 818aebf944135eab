#!/usr/bin/env bash
# Regenerates test/fixtures/writer/: rich.xlsm with XlsxWriter, then rich-pivot.xlsm with LibreOffice
# (rich.xlsm opened, a pivot table added by scripts/libreoffice/AddPivot.bas, saved as .xlsm).
# Needs Debian's python3-xlsxwriter and LibreOffice Calc; run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
out=test/fixtures/writer
/usr/bin/python3 scripts/make-writer-fixtures.py

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --terminate_after_init >/dev/null 2>&1
# The macro goes into the throwaway profile's Standard library, escaped as the .xba format wants it.
python_escape='import html,sys; print(html.escape(open(sys.argv[1], encoding="utf-8").read(), quote=True))'
body=$(/usr/bin/python3 -c "$python_escape" scripts/libreoffice/AddPivot.bas)
cat >"$profile/user/basic/Standard/Module1.xba" <<XBA
<?xml version="1.0" encoding="UTF-8"?>
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">$body</script:module>
XBA
in="file://$PWD/$out/rich.xlsm"
result="file://$PWD/$out/rich-pivot.xlsm"
soffice -env:UserInstallation="file://$profile" --headless "macro:///Standard.Module1.AddPivot(\"$in\",\"$result\")" >/dev/null 2>&1
test -s "$out/rich-pivot.xlsm"
ls -l "$out"
