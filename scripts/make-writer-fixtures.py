#!/usr/bin/python3
"""Workbooks for the package writer's tests, made by the real producers users have.

  rich.xlsm (XlsxWriter): a schedule sheet with comments, a drop-down list, conditional
      formatting, an active filter (criteria and the rows it hides), an image and defined
      names; a sheet with a chart and a user's table; a hidden and a protected sheet;
      custom document properties; macros (XlsxWriter's own example vbaProject.bin).
  rich-pivot.xlsm (LibreOffice): rich.xlsm opened and saved again by LibreOffice Calc after a
      Basic macro added a pivot table (a DataPilot) over the schedule; so one workbook holds all
      of the above and a pivot table, every part as LibreOffice writes it.

Run with Debian's python3 (python3-xlsxwriter) from the repository root:

    /usr/bin/python3 scripts/make-writer-fixtures.py [VBAPROJECT.BIN]
    bash scripts/make-writer-fixtures.sh     # both steps, LibreOffice included

The files go to test/fixtures/writer/ and are committed, so that the tests need no Python.
"""
import datetime
import os
import sys

import xlsxwriter

OUT = os.path.join('test', 'fixtures', 'writer')
VBA = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/doc/python3-xlsxwriter/examples/vbaProject.bin'
IMAGE = os.path.join('assets', 'icon-32.png')

ROWS = [
    ('一月', '元旦迎新联欢活动', '文体活动', '王老师', '已完成'),
    ('三月', '三八节女教职工活动', '文体活动', '刘老师', '已完成'),
    ('四月', '教代会', '民主管理', '张主席', '未完成'),
    ('五月', '劳模事迹报告会', '思想政治', '李老师', '已完成'),
    ('九月', '教师节慰问', '关爱服务', '王老师', '未完成'),
    ('十月', '教工运动会', '文体活动', '赵老师', '已完成'),
    ('十二月', '校务公开自查', '民主管理', '张主席', '未完成'),
]


def schedule(wb, bold):
    ws = wb.add_worksheet('活动安排')
    ws.write_row(0, 0, ['月份', '活动内容', '工作类别', '负责人', '完成情况'], bold)
    for r, row in enumerate(ROWS, start=1):
        ws.write_row(r, 0, row)
    ws.set_column('A:A', 10)
    ws.set_column('B:B', 30)
    ws.set_column('C:E', 12)
    ws.write_comment('B2', '地点：学校礼堂', {'author': '工会办公室'})
    ws.data_validation('C2:C50', {'validate': 'list', 'source': ['思想政治', '民主管理', '文体活动', '关爱服务']})
    red = wb.add_format({'bg_color': '#FFC7CE', 'font_color': '#9C0006'})
    ws.conditional_format('E2:E50', {'type': 'cell', 'criteria': '==', 'value': '"未完成"', 'format': red})
    # An active filter: 完成情况 = 已完成, with the rows it hides hidden (XlsxWriter leaves hiding to us).
    ws.autofilter(0, 0, len(ROWS), 4)
    ws.filter_column('E', 'x == 已完成')
    for r, row in enumerate(ROWS, start=1):
        if row[4] != '已完成':
            ws.set_row(r, None, None, {'hidden': True})
    ws.insert_image('G2', IMAGE)
    ws.freeze_panes(1, 0)
    return ws


def summary(wb, bold):
    ws = wb.add_worksheet('统计')
    groups = ['思想政治', '民主管理', '文体活动', '关爱服务']
    counts = [sum(1 for row in ROWS if row[2] == g) for g in groups]
    ws.add_table('A1:B5', {'name': '用户表', 'columns': [{'header': '工作类别'}, {'header': '活动数'}], 'data': list(zip(groups, counts))})
    chart = wb.add_chart({'type': 'column'})
    chart.add_series({'name': '活动数', 'categories': "='统计'!$A$2:$A$5", 'values': "='统计'!$B$2:$B$5"})
    chart.set_title({'name': '各类别活动数'})
    ws.insert_chart('D2', chart)
    ws.write('A7', '合计', bold)
    ws.write_formula('B7', '=SUM(B2:B5)', None, sum(counts))


def main():
    os.makedirs(OUT, exist_ok=True)
    wb = xlsxwriter.Workbook(os.path.join(OUT, 'rich.xlsm'))
    bold = wb.add_format({'bold': True})
    schedule(wb, bold)
    summary(wb, bold)
    hidden = wb.add_worksheet('隐藏')
    hidden.write('A1', '不给别人看的备注')
    hidden.hide()
    protected = wb.add_worksheet('受保护')
    protected.write('A1', '经费预算（只读）')
    protected.protect()
    wb.define_name('活动区域', "='活动安排'!$A$1:$E$8")
    wb.define_name("'活动安排'!负责人列", "='活动安排'!$D$2:$D$8")
    wb.set_properties({'title': '2024年工会活动安排', 'author': '工会办公室', 'created': datetime.datetime(2024, 1, 2, 8, 0, 0)})
    wb.set_custom_property('部门', '工会办公室')
    wb.set_custom_property('年度', 2024)
    wb.add_vba_project(VBA)
    wb.close()


if __name__ == '__main__':
    main()
