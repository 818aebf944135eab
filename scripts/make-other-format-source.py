#!/usr/bin/env python3
"""The second source workbook of test/fixtures/other-formats (see make-other-format-fixtures.sh).

A schedule as a secretary keeps it, with what the first source (the sample) lacks: the 1904 date
system, months as real dates under Chinese formats, booleans, an error value, a note with quotes,
a comma and a line break, a hidden sheet, the very hidden _plansheet settings sheet, and one
stray value far from the table. Run with Debian's python3 (python3-openpyxl):

    /usr/bin/python3 scripts/make-other-format-source.py OUT.xlsx [FORMULAS.xlsx]

FORMULAS.xlsx, when given, is a small schedule whose texts are formula results (which an .xls keeps
in STRING records, apart from the shared strings), for the code page fixture.
"""
import sys
from datetime import datetime

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

wb = openpyxl.Workbook()
wb.epoch = CALENDAR_MAC_1904
ws = wb.active
ws.title = '活动安排'
ws.append(['2025年××医院工会活动安排'])
ws.merge_cells('A1:F1')
ws.append(['序号', '月份', '活动内容', '工作类别', '负责人', '已上报', '备注'])
rows = [
    (1, datetime(2025, 1, 1), '新春慰问一线职工', '关爱服务', '李主任', True, None),
    (2, None, '制定本年度工会工作计划', '自身建设', '张主席', True, None),
    (3, datetime(2025, 3, 1), '庆“三八”女职工健步走', '文体活动', '王老师', False, '报名表见附件，截止3月5日'),
    (4, datetime(2025, 5, 1), '劳模先进事迹报告会', '思想政治', '张主席', False, '学习"两会"精神,\n（第二期）'),
    (5, None, '职工书屋读书分享', '文体活动', '刘干事', False, None),
    (6, datetime(2025, 9, 10), '庆祝教师节暨护士节表彰', '关爱服务', '李主任', False, None),
    (7, '全年', '困难职工帮扶', '关爱服务', '李主任', None, None),
]
for row in rows:
    ws.append(list(row))
for r in range(3, 3 + len(rows)):
    ws.cell(r, 2).number_format = 'yyyy"年"m"月"'
ws.cell(8, 2).number_format = 'm"月"d"日"'
ws.merge_cells('B3:B4')
ws.merge_cells('B6:B7')
ws['G9'] = '#N/A'
ws['G9'].data_type = 'e'
# One stray value far below and to the right (still inside the .xls limits, IV65536).
ws['IV65536'] = '备用'

draft = wb.create_sheet('草稿')
draft.sheet_state = 'hidden'
draft.append(['月份', '活动内容'])
draft.append(['6月', '未定稿的活动'])

settings = wb.create_sheet('_plansheet')
settings.sheet_state = 'veryHidden'
for key, value in [('plansheet-settings', '1'), ('unit', '"××医院工会"'), ('year', '2025'), ('exempt', '[7,8]')]:
    settings.append([key, value])

notes = wb.create_sheet('说明')
notes.append(['填表说明'])
notes.append(['月份一栏可填日期，显示为“2025年3月”。'])

wb.save(sys.argv[1])

if len(sys.argv) > 2:
    formulas = openpyxl.Workbook()
    sheet = formulas.active
    sheet.title = '活动安排'
    sheet.append(['月份', '活动内容', '负责人'])
    sheet.append(['3月', '="庆“三八”"&"女教职工健步走"', '王老师'])
    sheet.append(['4月', '=B2&"（第二期）"', '=C2'])
    formulas.save(sys.argv[2])
