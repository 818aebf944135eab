import { scheduleTemplate } from '../../../src/core/tables/schedule-template';

describe('scheduleTemplate', () => {
  it('describes a Chinese schedule with month and group drop-downs', () => {
    expect(scheduleTemplate('zh', 2025, ['Sheet1'])).toEqual({
      name: '活动安排表',
      title: '2025年工会活动安排表',
      headers: ['月份', '工作内容', '工作类别', '负责人', '完成情况', '备注'],
      lists: [
        {
          column: 0,
          values: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '每月', '全年', '待定'],
        },
        { column: 2, values: ['思想政治建设', '民主管理', '职工文体活动', '关爱帮扶', '工会自身建设'] },
      ],
    });
  });

  it('picks a name no sheet has', () => {
    expect(scheduleTemplate('en', 2025, ['Schedule', 'schedule (2)']).name).toBe('Schedule (3)');
  });
});
