import { createExcelPort } from '../../src/excel/excel-port';
import { createFakeExcel } from '../fakes/excel-fake';
import { workbookPortContract } from './workbook-port.contract';

workbookPortContract('the Excel port (on the Office.js fake)', async (sheets) => {
  const fake = createFakeExcel({ sheets: sheets.map((s) => ({ name: s.name, rows: s.rows })) });
  const uninstall = fake.install();
  return { port: createExcelPort({ debounceMs: 0 }), dispose: uninstall };
});
