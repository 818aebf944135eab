#!/usr/bin/python3
"""Regenerates the workbooks the reader is tested on, written by programs other than exceljs.

Run with Debian's interpreter, which has the modules (python3-openpyxl, python3-xlsxwriter):

    /usr/bin/python3 scripts/make-reader-fixtures.py

It writes test/fixtures/readers/ (committed, so CI needs neither Python nor LibreOffice):

- xlsxwriter-chinese-dates.xlsx: dates under the built-in ids 14, 27-36 and 50-58 (no numFmt
  element for them, as a Chinese Excel writes them) and under custom 年/月/日 formats; a rich
  string, booleans, an error with a formula, a formula with a cached result, merged cells, a
  hidden sheet.
- xlsxwriter-inline-strings.xlsx: constant_memory mode, which writes inline strings.
- xlsxwriter-date1904.xlsx: the 1904 date system.
- xlsxwriter-stray-xfd.xlsx: a small schedule and one stray value at XFD1048576.
- xlsxwriter-huge-sparse.xlsx: a schedule and values scattered over the whole sheet.
- openpyxl-formula-months.xlsx: month cells that are formulas with no saved result (a whole column
  on 全是公式, one cell on 一个公式).
- openpyxl-iso-dates.xlsx: ISO 8601 date cells (t="d"), formulas with no saved result, inline
  strings, an error value, hidden and very hidden sheets.
- libreoffice.xlsx: the Chinese-dates workbook saved again by LibreOffice Calc.
- libreoffice-encrypted.xlsx: the same, saved by LibreOffice with the password 1234 (an OLE
  compound file with EncryptionInfo and EncryptedPackage). LibreOffice 7.4's --convert-to takes
  no password, so a Basic macro stores it with EncryptionData {OOXPassword, CryptoType
  "Standard"} (its Agile encryption fails on this build).
- libreoffice.xls, libreoffice.ods: other spreadsheet kinds, for telling files apart.
- libreoffice-note.docx, libreoffice-note.doc, libreoffice-note.pdf: documents that are no
  spreadsheets.
- strict.xlsx: no producer here writes Strict Open XML (LibreOffice's "Calc Office Open XML"
  filter writes transitional), so this is xlsxwriter-chinese-dates.xlsx with its namespaces and
  relationship types rewritten to the strict ones (http://purl.oclc.org/ooxml/...) and
  conformance="strict", as Excel's "Strict Open XML Spreadsheet" writes them.
- phonetic.xlsx: no producer here writes phonetic runs (Excel does, for Japanese and Chinese
  text with furigana or pinyin), so <rPh> runs and <phoneticPr> are added to a rich-string
  workbook's shared strings.
"""
import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl
import xlsxwriter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'test', 'fixtures', 'readers')
DAY = datetime.datetime(2025, 5, 1)
HEADER = ['月份', '活动内容', '工作类别']
SCHEDULE = [
    ['一月', '元旦文艺汇演', '文体活动'],
    ['2月', '春节慰问困难职工', '关爱服务'],
    ['三月', '三八节女职工活动', '文体活动'],
]
BUILTIN_DATE_IDS = [14, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]


def out(name):
    return os.path.join(OUT, name)


def chinese_dates(path):
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet('活动安排')
    ws.write_row(0, 0, HEADER + ['格式'])
    for i, row in enumerate(SCHEDULE):
        ws.write_row(1 + i, 0, row)
    for i, fmt_id in enumerate(BUILTIN_DATE_IDS):
        ws.write_datetime(4 + i, 0, DAY, wb.add_format({'num_format': fmt_id}))
        ws.write_row(4 + i, 1, [f'内置格式{fmt_id}', '文体活动', fmt_id])
    r = 4 + len(BUILTIN_DATE_IDS)
    for i, code in enumerate(['yyyy\\年m\\月', 'm\\月d\\日', '[DBNum1][$-804]yyyy"年"m"月"']):
        ws.write_datetime(r + i, 0, DAY, wb.add_format({'num_format': code}))
        ws.write_row(r + i, 1, [f'自定义格式{i + 1}', '师德建设', code])
    r += 3
    ws.write_rich_string(r, 0, '十', wb.add_format({'bold': True}), '二', '月')
    ws.write(r, 1, '年终总结')
    ws.write_boolean(r, 2, True)
    ws.write_formula(r + 1, 0, '=NA()', None, '#N/A')
    ws.write(r + 1, 1, '待定活动')
    ws.write_formula(r + 1, 2, '=1+1', None, 2)
    ws.merge_range(r + 2, 0, r + 3, 0, '六月')
    ws.write(r + 2, 1, '端午节活动')
    ws.write(r + 3, 1, '职工趣味运动会')
    hidden = wb.add_worksheet('草稿')
    hidden.write('A1', '不要读我')
    hidden.hide()
    wb.close()


def inline_strings(path):
    wb = xlsxwriter.Workbook(path, {'constant_memory': True})
    ws = wb.add_worksheet('活动安排')
    ws.write_row(0, 0, HEADER)
    for i, row in enumerate(SCHEDULE):
        ws.write_row(1 + i, 0, row)
    ws.write(4, 0, '四月 & <五月>')
    wb.close()


def date1904(path):
    wb = xlsxwriter.Workbook(path, {'date_1904': True})
    ws = wb.add_worksheet('活动安排')
    ws.write_row(0, 0, HEADER)
    ws.write_datetime(1, 0, DAY, wb.add_format({'num_format': 'yyyy/m/d'}))
    ws.write_row(1, 1, ['劳动节活动', '文体活动'])
    ws.write(2, 0, 1462)  # a plain number stays as it is
    wb.close()


def stray_xfd(path):
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet('活动安排')
    ws.write_row(0, 0, HEADER)
    for i in range(30):
        ws.write_row(1 + i, 0, [f'{i % 12 + 1}月', f'第{i + 1}项活动', '文体活动'])
    ws.write(1048575, 16383, '误输入')
    wb.close()


def huge_sparse(path):
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet('活动安排')
    ws.write_row(0, 0, HEADER)
    for i, row in enumerate(SCHEDULE):
        ws.write_row(1 + i, 0, row)
    for k in range(1, 201):
        ws.write(k * 5000, (k * 81) % 16384, k)
    wb.close()


def iso_dates(path):
    wb = openpyxl.Workbook()
    wb.iso_dates = True
    ws = wb.active
    ws.title = '活动安排'
    ws.append(HEADER + ['合计'])
    ws.append([DAY, '劳动节活动', '文体活动', '=SUM(1,2)'])
    ws.append([datetime.datetime(2025, 9, 10, 8, 30), '教师节活动', '师德建设', None])
    ws.append(['#N/A', '待定', True, '=A2+1'])
    ws.merge_cells('C5:C6')
    ws['C5'] = '关爱服务'
    ws['A5'] = '十月'
    ws['B5'] = '重阳节慰问'
    ws['B6'] = '走访退休职工'
    hidden = wb.create_sheet('草稿')
    hidden['A1'] = '隐藏'
    hidden.sheet_state = 'hidden'
    secret = wb.create_sheet('_plansheet')
    secret.append(['plansheet-settings', '1'])
    secret.append(['year', '2025'])
    secret.sheet_state = 'veryHidden'
    wb.save(path)


def formula_months(path):
    """A schedule whose months a program wrote as formulas and never calculated (openpyxl saves no
    results): on one sheet the whole month column, on the other one cell."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = '全是公式'
    ws.append(HEADER)
    for m in range(1, 13):
        ws.append([f'=TEXT(DATE(2025,{m},1),"m月")', f'第{m}项活动', '文体活动'])
    one = wb.create_sheet('一个公式')
    one.append(HEADER)
    for m in range(1, 12):
        one.append([f'{m}月', f'第{m}项活动', '文体活动'])
    one.append(['=TEXT(DATE(2025,12,1),"m月")', '年终总结', '自身建设'])
    wb.save(path)


def rewrite_parts(source, target, rewrite):
    """A copy of a zip with each part's text passed through rewrite(name, text)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.endswith('.xml') or info.filename.endswith('.rels'):
                data = rewrite(info.filename, data.decode('utf-8')).encode('utf-8')
            zout.writestr(info.filename, data)


STRICT = [
    ('http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'),
    ('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'),
    ('http://schemas.openxmlformats.org/drawingml/2006/main', 'http://purl.oclc.org/ooxml/drawingml/main'),
]


def strict(source, target):
    def rewrite(name, text):
        for transitional, strict_uri in STRICT:
            text = text.replace(transitional, strict_uri)
        if name == 'xl/workbook.xml':
            text = text.replace('<workbook ', '<workbook conformance="strict" ', 1)
        return text

    rewrite_parts(source, target, rewrite)


def phonetic(target):
    with tempfile.TemporaryDirectory() as tmp:
        plain = os.path.join(tmp, 'rich.xlsx')
        wb = xlsxwriter.Workbook(plain)
        ws = wb.add_worksheet('活动安排')
        ws.write_row(0, 0, HEADER)
        ws.write_rich_string(1, 0, wb.add_format({'bold': True}), '十', '月')
        ws.write(1, 1, '重阳节')
        ws.write(1, 2, '关爱服务')
        wb.close()

        def rewrite(name, text):
            if name != 'xl/sharedStrings.xml':
                return text
            # Phonetic runs after the text runs of an item, then its phonetic properties (CT_Rst).
            text = text.replace('</r></si>', '</r><rPh sb="0" eb="1"><t>shí</t></rPh><rPh sb="1" eb="2"><t>yuè</t></rPh>'
                                '<phoneticPr fontId="0" type="noConversion"/></si>', 1)
            return re.sub(r'<si><t>重阳节</t></si>', '<si><t>重阳节</t><rPh sb="0" eb="3"><t>chóngyángjié</t></rPh></si>', text)

        rewrite_parts(plain, target, rewrite)


MACRO = '''<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub SaveEncrypted(source As String, target As String, password As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = &quot;Hidden&quot;
  load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(source), &quot;_blank&quot;, 0, load())
  Dim secret(1) As New com.sun.star.beans.NamedValue
  secret(0).Name = &quot;OOXPassword&quot;
  secret(0).Value = password
  secret(1).Name = &quot;CryptoType&quot;
  secret(1).Value = &quot;Standard&quot;
  Dim store(1) As New com.sun.star.beans.PropertyValue
  store(0).Name = &quot;FilterName&quot;
  store(0).Value = &quot;Calc MS Excel 2007 XML&quot;
  store(1).Name = &quot;EncryptionData&quot;
  store(1).Value = secret()
  doc.storeToURL(ConvertToURL(target), store())
  doc.close(True)
End Sub
</script:module>
'''


class LibreOffice:
    """soffice with a profile of its own, so that a running LibreOffice or another run is never disturbed."""

    def __init__(self, tmp):
        self.profile = os.path.join(tmp, 'profile')
        self.env = dict(os.environ, HOME=tmp)

    def run(self, *args):
        subprocess.run(['soffice', f'-env:UserInstallation=file://{self.profile}', '--headless', *args],
                       check=True, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)

    def convert(self, source, filter_name, target):
        with tempfile.TemporaryDirectory() as outdir:
            self.run('--convert-to', filter_name, '--outdir', outdir, source)
            produced = [os.path.join(outdir, n) for n in os.listdir(outdir)]
            if len(produced) != 1:
                sys.exit(f'LibreOffice did not convert {source} to {filter_name}')
            shutil.move(produced[0], target)

    def save_encrypted(self, source, target, password):
        # The profile's Standard library exists once LibreOffice has started; the macro goes into it.
        module = os.path.join(self.profile, 'user', 'basic', 'Standard', 'Module1.xba')
        with open(module, 'w', encoding='utf-8') as f:
            f.write(MACRO)
        self.run(f'macro:///Standard.Module1.SaveEncrypted("{source}","{target}","{password}")')
        if not os.path.exists(target):
            sys.exit('LibreOffice did not save the encrypted workbook')


def libreoffice_files():
    with tempfile.TemporaryDirectory() as tmp:
        lo = LibreOffice(tmp)
        source = os.path.join(tmp, 'source.xlsx')
        shutil.copy(out('xlsxwriter-chinese-dates.xlsx'), source)
        lo.convert(source, 'xlsx:Calc MS Excel 2007 XML', out('libreoffice.xlsx'))
        lo.convert(source, 'xls:MS Excel 97', out('libreoffice.xls'))
        lo.convert(source, 'ods:calc8', out('libreoffice.ods'))
        lo.save_encrypted(source, os.path.join(tmp, 'encrypted.xlsx'), '1234')
        shutil.move(os.path.join(tmp, 'encrypted.xlsx'), out('libreoffice-encrypted.xlsx'))
        note = os.path.join(tmp, 'note.txt')
        with open(note, 'w', encoding='utf-8') as f:
            f.write('工会工作计划（草稿）\n这是一份文字文档，不是电子表格。\n')
        lo.convert(note, 'docx:MS Word 2007 XML', out('libreoffice-note.docx'))
        lo.convert(note, 'doc:MS Word 97', out('libreoffice-note.doc'))
        lo.convert(note, 'pdf:writer_pdf_Export', out('libreoffice-note.pdf'))


def main():
    os.makedirs(OUT, exist_ok=True)
    chinese_dates(out('xlsxwriter-chinese-dates.xlsx'))
    inline_strings(out('xlsxwriter-inline-strings.xlsx'))
    date1904(out('xlsxwriter-date1904.xlsx'))
    stray_xfd(out('xlsxwriter-stray-xfd.xlsx'))
    huge_sparse(out('xlsxwriter-huge-sparse.xlsx'))
    iso_dates(out('openpyxl-iso-dates.xlsx'))
    formula_months(out('openpyxl-formula-months.xlsx'))
    strict(out('xlsxwriter-chinese-dates.xlsx'), out('strict.xlsx'))
    phonetic(out('phonetic.xlsx'))
    libreoffice_files()
    for name in sorted(os.listdir(OUT)):
        print(f'{os.path.getsize(out(name)):>8}  {name}')


if __name__ == '__main__':
    main()
