import type * as SheetJs from '@e965/xlsx';
import { codepageShim } from './codepage-shim';

export type SheetJsModule = typeof SheetJs;

let loading: Promise<SheetJsModule> | null = null;

/**
 * SheetJS CE 0.20.3 (the npm package `@e965/xlsx`, never `xlsx` 0.18.5), loaded the first time
 * a file needs it: in the browser it is a chunk of its own, fetched only for an old .xls, an
 * .xlsb or an OpenDocument file, never for an .xlsx, a CSV or a web page. Code pages come from
 * the platform's TextDecoder (see `codepageShim`).
 *
 * @example
 * const XLSX = await loadSheetJs();
 * XLSX.version //=> '0.20.3'
 */
export function loadSheetJs(): Promise<SheetJsModule> {
  loading ??= import('@e965/xlsx').then((module) => {
    // The ES module's namespace, or a CommonJS build behind `default` (jest, Node's require).
    const commonJs = (module as { default?: SheetJsModule }).default;
    const sheetJs = commonJs?.read ? commonJs : (module as SheetJsModule);
    sheetJs.set_cptable(codepageShim);
    return sheetJs;
  });
  return loading;
}
