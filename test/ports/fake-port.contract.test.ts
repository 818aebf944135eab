import { gridFromValues } from '../../src/core/sheet/grid-from-values';
import { FakeFilePort, FakePort } from '../taskpane/fake-port';
import { workbookPortContract } from './workbook-port.contract';

workbookPortContract('the pane’s test port', async (sheets) => ({
  port: new FakePort(sheets.map((s) => gridFromValues(s.name, s.rows))),
}));

workbookPortContract('the pane’s test file port', async (sheets) => ({
  port: new FakeFilePort(
    sheets.map((s) => gridFromValues(s.name, s.rows)),
    '计划.xlsx',
  ),
}));
