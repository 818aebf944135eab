import type { Lang } from './types';

/** A kind of content that a copy of the workbook written through exceljs does not carry over. */
export type LostPartKind =
  | 'charts'
  | 'drawings'
  | 'pivot_tables'
  | 'slicers'
  | 'external_links'
  | 'form_controls'
  | 'embedded_objects'
  | 'macros'
  | 'threaded_comments'
  | 'data_connections';

const LABELS: Readonly<Record<Lang, Readonly<Record<LostPartKind, string>>>> = {
  zh: {
    charts: '图表',
    drawings: '形状和文本框',
    pivot_tables: '数据透视表',
    slicers: '切片器',
    external_links: '外部链接',
    form_controls: '表单控件',
    embedded_objects: '嵌入对象',
    macros: '宏',
    threaded_comments: '批注回复',
    data_connections: '数据连接',
  },
  en: {
    charts: 'charts',
    drawings: 'shapes and text boxes',
    pivot_tables: 'pivot tables',
    slicers: 'slicers',
    external_links: 'external links',
    form_controls: 'form controls',
    embedded_objects: 'embedded objects',
    macros: 'macros',
    threaded_comments: 'threaded comments',
    data_connections: 'data connections',
  },
};

/**
 * The kinds of lost content as one phrase, each named once, for the command
 * line and the task pane alike.
 *
 * @example
 * lostPartLabel(['charts', 'pivot_tables', 'charts'], 'zh') //=> '图表、数据透视表'
 */
export function lostPartLabel(kinds: readonly LostPartKind[], lang: Lang): string {
  return [...new Set(kinds)].map((k) => LABELS[lang][k]).join(lang === 'zh' ? '、' : ', ');
}
