import { chooseOutputNames } from '../core/tables/choose-output-names';
import type { SheetSpec } from '../core/tables/sheet-spec';
import type { PlanSettings } from '../core/settings/plan-settings';
import { recordOutputs } from '../core/settings/record-outputs';
import type { WriteReport, WrittenSheet } from '../core/ports/workbook-port';
import { editPackage, type EditedPackage, type SheetWrite } from './package/edit-package';
import { openPackage } from './package/open-package';
import type { WriteZipOptions } from './package/write-zip';
import { planSheetWrite } from './plan-sheet-write';
import { settingsSheetWrite } from './write-settings';

export interface PlanWorkbook {
  /** The new workbook: the original's parts, byte for byte, with the plan sheets added or replaced. */
  readonly bytes: Uint8Array;
  /** What a file of it is called (an .xlsm stays .xlsm). */
  readonly extension: EditedPackage['extension'];
  readonly report: WriteReport;
  /** The settings as written into the copy (their `outputs` name the sheets written). */
  readonly settings: PlanSettings;
}

/** How to write: progress, and the zip writer's options (time of new entries, a native deflate). */
export interface WritePlanOptions extends WriteZipOptions {
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * A new workbook: the original's package (never modified) with the plan sheets written into it
 * as Excel tables — header row, table style, column widths and formats, a frozen header, gap rows
 * highlighted by conditional formatting — and the settings, recording them as ours, in the very
 * hidden `_plansheet` sheet. Everything else the user has (charts, pivot tables, images,
 * comments, macros, slicers, their sheets and styles) is copied through byte for byte: see
 * `editPackage`. Core decides the names (`chooseOutputNames`): a sheet is replaced only when the
 * settings record it as ours and it still holds our table; a user's sheet with the wanted name
 * keeps it, and ours takes another. Table names are unique among tables and defined names.
 *
 * @example
 * const { bytes, report } = writePlanWorkbook(original, describePlanSheets(analysis, 'zh'), settings);
 * report.sheets.map((s) => s.sheet) //=> ['主要工作', '月度安排', '覆盖检查']
 */
export function writePlanWorkbook(
  original: Uint8Array,
  specs: readonly SheetSpec[],
  settings: PlanSettings,
  options: WritePlanOptions = {},
): PlanWorkbook {
  const pkg = openPackage(original);
  const tables: Record<string, string[]> = {};
  for (const s of pkg.sheets) tables[s.name] = [];
  for (const t of pkg.tables) tables[t.sheet]?.push(t.name);
  const inventory = { sheets: pkg.sheets.map((s) => s.name), tables, definedNames: pkg.definedNames };
  const targets = chooseOutputNames(specs, inventory, settings);
  const saved = recordOutputs(settings, targets);
  const writes = [...specs.map((spec, i) => planSheetWrite(spec, targets[i])), settingsSheetWrite(pkg, saved)];
  const { onProgress, ...zip } = options;
  const edited = editPackage(pkg, withProgress(writes, onProgress), zip);
  const written: WrittenSheet[] = specs.map((spec, i) => ({
    key: spec.key,
    sheet: targets[i].sheet,
    table: targets[i].table,
    rows: spec.rows.length,
    replaced: targets[i].replace,
  }));
  return { bytes: edited.bytes, extension: edited.extension, report: { sheets: written }, settings: saved };
}

/** The writes, each telling `onProgress` when its rows have gone into the zip. */
function withProgress(writes: readonly SheetWrite[], onProgress: WritePlanOptions['onProgress']): SheetWrite[] {
  if (!onProgress) return [...writes];
  let done = 0;
  return writes.map((w) => ({
    ...w,
    content: {
      ...w.content,
      *rows() {
        yield* w.content.rows();
        onProgress(++done, writes.length);
      },
    },
  }));
}
