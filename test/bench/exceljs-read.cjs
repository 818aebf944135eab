// What a user would reach for: exceljs merely reading a workbook, nothing done with it.
const ExcelJS = require('exceljs');
const { readFileSync } = require('node:fs');

new ExcelJS.Workbook().xlsx.load(readFileSync(process.argv[2])).then(() => undefined);
