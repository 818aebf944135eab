import type { Activity, StatusKind } from './activity';

export interface GroupPlan {
  /** The task group as typed; '' for items with no task group (shown as 其他工作 / Other work). */
  readonly name: string;
  readonly items: readonly Activity[];
}

export interface MonthPlan {
  readonly month: number;
  readonly items: readonly Activity[];
}

export interface StatusCount {
  readonly kind: StatusKind;
  readonly count: number;
}

export interface Plan {
  /** Task groups in order of first appearance; ungrouped items last. */
  readonly groups: readonly GroupPlan[];
  /** The twelve months of the period in order, each with its items. */
  readonly months: readonly MonthPlan[];
  /** 全年 / 长期 / 常年 items. */
  readonly yearLong: readonly Activity[];
  /** Items with no usable month (undecided, unknown, blank). */
  readonly unscheduled: readonly Activity[];
  readonly statusCounts: readonly StatusCount[];
}
