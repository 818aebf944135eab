import type { StatusKind } from '../plan/activity';

const PATTERNS: readonly (readonly [StatusKind, RegExp])[] = [
  ['cancelled', /取消|作废|cancel/i],
  [
    'not_done',
    /未完成|未开展|未落实|未实施|未开始|未启动|未举办|未召开|没有完成|没完成|不完成|待完成|计划完成|拟完成|未办|延期|推迟|暂缓|not\s*(yet\s*)?(done|completed|started)|postponed|delayed|^(否|no|×|✗|✘)$/i,
  ],
  ['in_progress', /进行中|正在|推进中|实施中|持续|部分完成|完成中|in\s*progress|ongoing|underway|started/i],
  ['done', /已完成|完成|已开展|已落实|已实施|已举办|已召开|已举行|已组织|已结束|已办|^(是|yes|done|completed?|finished|✓|√|✔|ok)$/i],
];

const seen = new Map<string, StatusKind>();

/**
 * What a status cell says, as one of a few kinds; null for a blank cell.
 *
 * @example
 * classifyStatus('已完成') //=> 'done'
 * classifyStatus('未完成') //=> 'not_done'
 * classifyStatus('看情况') //=> 'other'
 */
export function classifyStatus(text: string | null): StatusKind | null {
  const t = (text ?? '').trim();
  if (!t) return null;
  // A status column repeats a handful of words thousands of times.
  const known = seen.get(t);
  if (known) return known;
  let kind: StatusKind = 'other';
  for (const [k, pattern] of PATTERNS) {
    if (pattern.test(t)) {
      kind = k;
      break;
    }
  }
  if (seen.size > 1024) seen.clear();
  seen.set(t, kind);
  return kind;
}
