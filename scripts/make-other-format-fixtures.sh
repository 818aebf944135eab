#!/usr/bin/env bash
# Regenerates test/fixtures/other-formats/: the files that are not .xlsx, as real programs write them.
# The outputs are committed, so the tests (and CI) need neither LibreOffice nor Python nor iconv.
#
#   bash scripts/make-other-format-fixtures.sh [path/to/SheetJS-test_files-clone]
#
# Needs LibreOffice (soffice), Debian's python3 with python3-openpyxl, iconv and node (for the .xlsb,
# which only SheetJS can write here; LibreOffice reads .xlsb but does not write it). Files made by
# Excel and WPS come from SheetJS's test corpus (Apache License 2.0): from the clone given as the
# argument, or downloaded at the pinned commit.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/test/fixtures/other-formats"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# LibreOffice gets a profile of its own (so a running LibreOffice is never disturbed) and a Basic
# macro there to save with a password, which --convert-to cannot do.
export HOME="$work/home"
profile="$work/profile"
mkdir -p "$HOME"
soffice --headless -env:UserInstallation="file://$profile" --terminate_after_init >/dev/null 2>&1 || true
cat >"$profile/user/basic/Standard/Module1.xba" <<'XBA'
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub SaveEncrypted(src As String, dst As String, filter As String, pwd As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(src), &quot;_blank&quot;, 0, args())
  Dim props(1) As New com.sun.star.beans.PropertyValue
  props(0).Name = &quot;FilterName&quot;
  props(0).Value = filter
  props(1).Name = &quot;Password&quot;
  props(1).Value = pwd
  doc.storeToURL(ConvertToURL(dst), props())
  doc.close(True)
End Sub
</script:module>
XBA

convert() { # convert SOURCE FILTER OUTPUT
  local dir="$work/convert"
  rm -rf "$dir" && mkdir -p "$dir"
  soffice --headless -env:UserInstallation="file://$profile" --convert-to "$2" --outdir "$dir" "$1" >/dev/null 2>&1
  mv "$dir"/* "$3"
}
encrypt() { # encrypt SOURCE FILTER OUTPUT
  soffice --headless --invisible -env:UserInstallation="file://$profile" \
    "macro:///Standard.Module1.SaveEncrypted(\"$1\",\"$3\",\"$2\",\"plansheet\")" >/dev/null 2>&1
  test -s "$3"
}

# The two sources: the sample schedule, and one with what the sample lacks (1904 dates, hidden and
# very hidden sheets, booleans, a stray far cell …).
cp "$root/assets/samples/2024年工会活动安排.xlsx" "$out/schedule.xlsx"
/usr/bin/python3 "$root/scripts/make-other-format-source.py" "$out/features.xlsx" "$work/formulas.xlsx"

# LibreOffice 7.4: old Excel (BIFF8), OpenDocument, flat OpenDocument, HTML, and CSV. The CSV filter
# options are: field separator, text delimiter, character set (76 UTF-8, 85 GB18030, 65535 UTF-16),
# as LibreOffice numbers them (rtl/textenc.h).
for source in schedule features; do
  convert "$out/$source.xlsx" xls "$out/$source.xls"
  convert "$out/$source.xlsx" ods "$out/$source.ods"
  convert "$out/$source.xlsx" fods "$out/$source.fods"
done
convert "$out/schedule.xlsx" html "$out/schedule-libreoffice.html"
csv='Text - txt - csv (StarCalc)'
convert "$out/schedule.xlsx" "csv:$csv:44,34,76" "$out/schedule-utf8.csv"
convert "$out/schedule.xlsx" "csv:$csv:44,34,85" "$out/schedule-gb18030.csv"
convert "$out/schedule.xlsx" "csv:$csv:44,34,65535" "$out/schedule-utf16le.csv"
convert "$out/schedule.xlsx" "csv:$csv:9,34,76" "$out/schedule-tab.tsv"
convert "$out/schedule.xlsx" "csv:$csv:59,34,76" "$out/schedule-semicolon.csv"
# The features sheet's stray value at IV65536 would make 65,000 lines of bare commas: they are dropped.
convert "$out/features.xlsx" "csv:$csv:44,34,76" "$work/features.csv"
grep -v '^,*$' "$work/features.csv" >"$out/features-utf8.csv"
# What Excel writes as "CSV UTF-8" (with a byte order mark), and as plain CSV on Chinese Windows (GBK).
{ printf '\xef\xbb\xbf'; cat "$out/schedule-utf8.csv"; } >"$out/schedule-utf8-bom.csv"
iconv -f UTF-8 -t GBK "$out/schedule-utf8.csv" >"$out/schedule-gbk.csv"
{ printf '\xfe\xff'; tail -c +3 "$out/schedule-utf16le.csv" | iconv -f UTF-16LE -t UTF-16BE; } >"$out/schedule-utf16be.csv"

# Password-protected files, as LibreOffice saves them (RC4 for .xls, AES for .ods); the password is
# "plansheet". A truncated .xls and .ods: a download that stopped half way.
encrypt "$out/schedule.xlsx" 'MS Excel 97' "$out/schedule-encrypted.xls"
encrypt "$out/schedule.xlsx" 'calc8' "$out/schedule-encrypted.ods"
head -c 6000 "$out/schedule.xls" >"$out/schedule-truncated.xls"
head -c 9000 "$out/schedule.ods" >"$out/schedule-truncated.ods"

# .xlsb: only SheetJS writes it here (Excel's own .xlsb files come from the corpus below).
node -e '
const X = require("@e965/xlsx");
const wb = X.read(require("fs").readFileSync(process.argv[1]), { cellNF: true, cellStyles: true });
require("fs").writeFileSync(process.argv[2], X.write(wb, { type: "buffer", bookType: "xlsb" }));
' "$out/schedule.xlsx" "$out/schedule-sheetjs.xlsb"

# An OA system's "export to Excel": a web page in GB2312 saved as .xls, with Excel's worksheet name
# in the head, a title across the table, <th> headers, a month merged down with rowspan, &nbsp;,
# a line break and a numeric character reference for a character GB2312 lacks. And a page with no table.
iconv -f UTF-8 -t GB2312 >"$out/oa-export-gb2312.xls" <<'HTML'
<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet>
<x:Name>活动安排</x:Name><x:WorksheetOptions><x:Print><x:ValidPrinterInfo/></x:Print></x:WorksheetOptions>
</x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]-->
<style>td { mso-number-format:"\@"; }</style>
</head>
<body>
<table border=1 cellspacing=0>
<tr><td colspan=6 align=center><b>2024年××学校工会主要活动安排表</b></td></tr>
<tr><th>序号</th><th>月份</th><th>活动内容</th><th>工作类别</th><th>负责人</th><th>完成情况</th></tr>
<tr><td>1</td><td rowspan=2>3月</td><td>庆&ldquo;三八&rdquo;女教职工健步走</td><td>文体活动</td><td>王老师</td><td>已完成</td></tr>
<tr><td>2</td><td>召开教职工代表大会<br>审议工会经费预算</td><td>民主管理</td><td>张主席</td><td>已完成</td></tr>
<tr><td>3</td><td>2024-05</td><td>&#8226; 五一劳动节&nbsp;职工趣味运动会</td><td>文体活动</td><td>王老师</td><td>进行中</td></tr>
<tr><td>4</td><td>2024/9/10</td><td>庆祝教师节 &amp; 表彰优秀教师</td><td>师德建设</td><td>校长室</td><td>&nbsp;</td></tr>
<tr><td>5</td><td>全年</td><td>困难教职工帮扶</td><td>关爱服务</td><td>李老师</td><td>进行中</td></tr>
</table>
</body>
</html>
HTML
# Excel's "XML Spreadsheet 2003", which Java reporting systems also write from a template and name .xls
# (LibreOffice 7.4's export of it needs an XSLT filter not installed here): a date cell, a month
# merged down, an error value, a hidden sheet.
cat >"$out/report-spreadsheetml.xls" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Styles>
  <Style ss:ID="Default" ss:Name="Normal"><Font ss:FontName="宋体" ss:Size="11"/></Style>
  <Style ss:ID="month"><NumberFormat ss:Format="yyyy&quot;年&quot;m&quot;月&quot;"/></Style>
 </Styles>
 <Worksheet ss:Name="活动安排">
  <Table>
   <Row><Cell ss:MergeAcross="3"><Data ss:Type="String">2024年××学校工会活动安排</Data></Cell></Row>
   <Row><Cell><Data ss:Type="String">月份</Data></Cell><Cell><Data ss:Type="String">活动内容</Data></Cell>
    <Cell><Data ss:Type="String">负责人</Data></Cell><Cell><Data ss:Type="String">完成情况</Data></Cell></Row>
   <Row><Cell ss:MergeDown="1" ss:StyleID="month"><Data ss:Type="DateTime">2024-03-01T00:00:00.000</Data></Cell>
    <Cell><Data ss:Type="String">庆“三八”女教职工健步走</Data></Cell><Cell><Data ss:Type="String">王老师</Data></Cell>
    <Cell><Data ss:Type="String">已完成</Data></Cell></Row>
   <Row><Cell ss:Index="2"><Data ss:Type="String">召开教职工代表大会</Data></Cell><Cell><Data ss:Type="String">张主席</Data></Cell>
    <Cell><Data ss:Type="Error">#N/A</Data></Cell></Row>
   <Row><Cell><Data ss:Type="String">5月</Data></Cell><Cell><Data ss:Type="String">职工趣味运动会</Data></Cell>
    <Cell><Data ss:Type="String">王老师</Data></Cell><Cell><Data ss:Type="Number">1</Data></Cell></Row>
  </Table>
 </Worksheet>
 <Worksheet ss:Name="底稿">
  <Table><Row><Cell><Data ss:Type="String">未公开的底稿</Data></Cell></Row></Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions>
 </Worksheet>
</Workbook>
XML
iconv -f UTF-8 -t GBK >"$out/web-page-no-table.html" <<'HTML'
<!DOCTYPE html>
<html><head><meta charset="gbk"><title>登录超时</title></head>
<body><p>您的登录已超时，请重新登录后再导出。</p></body></html>
HTML

# A Word document, for a file that is no spreadsheet at all.
printf '2024年工会工作总结\n' >"$work/note.txt"
convert "$work/note.txt" 'doc:MS Word 97' "$out/not-a-workbook.doc"

# Files made by Excel 2016 and WPS, from SheetJS's test corpus (Apache License 2.0; see NOTICE.md).
corpus_commit=fb4bdf0
from_corpus() { # from_corpus PATH OUTPUT
  if [ -n "$corpus" ]; then
    git -C "$corpus" show "$corpus_commit:$1" >"$2"
  else
    curl -fsSL "https://raw.githubusercontent.com/SheetJS/test_files/$corpus_commit/$1" -o "$2"
  fi
}
corpus="${1:-}"
from_corpus 1904/1904.xlsx "$out/excel-1904.xlsx"
from_corpus 1904/1904.xls "$out/excel-1904.xls"
from_corpus 1904/1904.xlsb "$out/excel-1904.xlsb"
from_corpus 1904/1904.biff5 "$out/excel-1904-biff5.xls"
from_corpus 1904/1904.ods "$out/excel-1904.ods"
from_corpus wps/fn.et "$out/wps-fn.et"
from_corpus wps/fn.xlsx "$out/wps-fn.xlsx"
from_corpus password_2002_40_972000.xls "$out/excel-password-rc4.xls"
from_corpus biff5/password_2002_40_xor.xls "$out/excel-password-xor-biff5.xls"

# Two byte patches of real files, for the code page of an old .xls. A BIFF8 file whose CODEPAGE
# record says 1252 instead of 1200, as jxl (JExcelAPI, common in Chinese Java systems) writes it:
# its text is UTF-16 all the same (formula results too, which LibreOffice computes when it opens
# openpyxl's file). And Excel's BIFF5 (Excel 95) file with its CODEPAGE record set
# to 936 and one string replaced by the same number of bytes in GBK, as Chinese Excel 95 wrote it.
patch() { # patch INPUT OUTPUT HEX-FIND HEX-REPLACE [HEX-FIND HEX-REPLACE …]
  node -e '
const fs = require("fs");
const [input, output, ...pairs] = process.argv.slice(1);
const bytes = fs.readFileSync(input);
for (let i = 0; i < pairs.length; i += 2) {
  const find = Buffer.from(pairs[i], "hex"), replace = Buffer.from(pairs[i + 1], "hex");
  const at = bytes.indexOf(find);
  if (at < 0 || find.length !== replace.length) throw new Error("cannot patch " + pairs[i]);
  replace.copy(bytes, at);
}
fs.writeFileSync(output, bytes);
' "$@"
}
convert "$work/formulas.xlsx" xls "$out/formulas.xls"
patch "$out/formulas.xls" "$out/formulas-codepage-1252.xls" 42000200b004 42000200e404
# 活动安排表 in GBK: BB EE B6 AF B0 B2 C5 C5 B1 ED (the first STRING record, the result in C1).
patch "$out/excel-1904-biff5.xls" "$out/excel-biff5-gbk.xls" 420002001027 42000200a803 \
  07020c000a00313930342d30312d3032 07020c000a00bbeeb6afb0b2c5c5b1ed

ls -l "$out"
