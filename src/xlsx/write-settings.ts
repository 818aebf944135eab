import { MAX_CELL_TEXT, oversizedSetting } from '../core/settings/oversized-setting';
import { settingsToRows, SETTINGS_SHEET } from '../core/settings/plan-settings';
import { PortError } from '../core/ports/workbook-port';
import type { PlanSettings } from '../core/settings/plan-settings';
import { editPackage, type EditedPackage, type SheetWrite } from './package/edit-package';
import { openPackage, type OpcPackage } from './package/open-package';
import { sheetFirstCell } from './package/sheet-first-cell';

/** The `detail` of the PortError for a `_plansheet` sheet that is not ours, for callers to put into words. */
export const FOREIGN_SETTINGS_SHEET = `the workbook has a sheet named ${SETTINGS_SHEET} that PlanSheet did not write`;

/**
 * A copy of the workbook with the settings in its very hidden `_plansheet` sheet (in place of
 * ours, or added last), every other part as it was. For the browser's file mode, where settings
 * typed in the pane go with the workbook the user downloads.
 *
 * @example
 * const { bytes } = writeSettings(original, { unit: '××学校工会' });
 * (await readWorkbook(bytes)).settings //=> { unit: '××学校工会' }
 */
export function writeSettings(original: Uint8Array, settings: PlanSettings): EditedPackage {
  const pkg = openPackage(original);
  return editPackage(pkg, [settingsSheetWrite(pkg, settings)]);
}

/**
 * The settings sheet as the package writer takes it: key and value per row, as text, very hidden,
 * replacing ours when there is one. A sheet of that name whose A1 is not our marker is a user's:
 * it is never overwritten, and the write stops with a reason rather than losing it.
 */
export function settingsSheetWrite(pkg: OpcPackage, settings: PlanSettings): SheetWrite {
  const rows = settingsToRows(settings);
  // The same rule as the Excel adapter's: one decision, in core.
  const tooLong = oversizedSetting(rows);
  if (tooLong) throw new PortError('setting_too_long', `${tooLong.key}: ${tooLong.length} characters, a cell holds ${MAX_CELL_TEXT}`);
  const existing = pkg.sheets.find((s) => s.name === SETTINGS_SHEET);
  if (existing) {
    // A chart sheet or a sheet whose part is missing is nobody's settings: not ours to write over either.
    const marker = existing.kind === 'worksheet' && existing.part ? sheetFirstCell(pkg, existing.part) : undefined;
    if (marker === undefined || (marker !== null && marker !== rows[0][0])) throw new PortError('unknown', FOREIGN_SETTINGS_SHEET);
  }
  return {
    name: SETTINGS_SHEET,
    state: 'veryHidden',
    replace: existing !== undefined,
    content: {
      extent: { lastRow: rows.length - 1, lastCol: 1 },
      rows: () => rows.map((values, row) => ({ row, values })),
    },
    styles: [],
    dxfs: [],
    tables: [],
  };
}
