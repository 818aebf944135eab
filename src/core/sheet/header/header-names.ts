import type { Field } from './header-match';

/** Usual header names per field, normalised (see normalizeHeader). */
export const HEADER_NAMES: Readonly<Record<Field, readonly string[]>> = {
  month: ['月份', '时间', '日期', '月', '活动时间', '时间安排', '计划时间', '安排时间', '实施时间', '月度', 'month', 'date', 'time', 'when'],
  activity: [
    '活动',
    '活动内容',
    '工作内容',
    '主要活动',
    '活动名称',
    '活动项目',
    '工作任务',
    '工作事项',
    '主要工作',
    '具体工作',
    '内容',
    '事项',
    '项目',
    'activity',
    'activities',
    'task',
    'event',
  ],
  group: ['工作类别', '类别', '分类', '任务组', '工作板块', '所属工作', '板块', '工作类型', '类型', '工作分类', '所属板块', 'group', 'category', 'type'],
  owner: ['负责人', '责任人', '负责部门', '责任部门', '牵头人', '牵头部门', '负责', '联系人', 'owner', 'responsible', 'lead'],
  status: ['完成情况', '状态', '完成状态', '进展', '进展情况', '执行情况', '落实情况', 'status', 'progress', 'done'],
  notes: ['备注', '说明', '附注', 'notes', 'note', 'remarks', 'comment', 'comments'],
};

/** The label of a matrix row (or month row) that holds notes or sums ("备注：以上安排视情况调整"), not work. */
export const NOT_WORK_LABEL = /^(?:备注|说明|附注|注|注意|合计|小计|总计)$/;
