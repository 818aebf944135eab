import { gridFromValues } from '../../src/core/sheet/grid-from-values';
import { createFilePort } from '../../src/xlsx/file-port';
import { valuesWorkbook } from '../../src/xlsx/values-workbook';
import { workbookPortContract } from './workbook-port.contract';

workbookPortContract('the file port', async (sheets) => ({
  port: createFilePort(valuesWorkbook(sheets.map((s) => gridFromValues(s.name, s.rows))), '计划.xlsx'),
}));
