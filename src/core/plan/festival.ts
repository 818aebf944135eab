/**
 * Festivals an activity may name. Most have a fixed Gregorian date; 春节, 元宵, 端午, 七夕, 中秋 and
 * 重阳 follow the lunar calendar and move from year to year.
 */
export type FestivalKey =
  | 'new_year'
  | 'womens_day'
  | 'arbor_day'
  | 'qingming'
  | 'reading_day'
  | 'labour_day'
  | 'youth_day'
  | 'nurses_day'
  | 'mothers_day'
  | 'childrens_day'
  | 'fathers_day'
  | 'party_day'
  | 'army_day'
  | 'doctors_day'
  | 'teachers_day'
  | 'national_day'
  | 'winter_solstice'
  | 'spring_festival'
  | 'lantern_festival'
  | 'dragon_boat'
  | 'qixi'
  | 'mid_autumn'
  | 'double_ninth';

/** A festival's date: `year` is null for a festival whose Gregorian date is the same every year. */
export interface FestivalDate {
  readonly year: number | null;
  readonly month: number;
  readonly day: number;
}
