/**
 * The fake Excel is only worth its tests if it is as strict as Excel: these
 * show it refusing what Excel refuses, so that the adapter's tests passing means something.
 */
import { createFakeExcel, type FakeExcel } from '../fakes/excel-fake';

let fake: FakeExcel;
let uninstall: () => void;

function install(f: FakeExcel): void {
  fake = f;
  uninstall = f.install();
}

afterEach(() => uninstall?.());

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? `not an Office error: ${String(error)}`;
  }
  return 'resolved';
}

describe('the fake Excel', () => {
  it('throws PropertyNotLoaded when a property is read before load() and sync()', async () => {
    install(createFakeExcel({ sheets: [{ name: 'Data', rows: [['a', 1]] }] }));
    const seen: string[] = [];
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1:B1');
      try {
        void range.values;
      } catch (error) {
        seen.push(`before load: ${(error as { code: string }).code}`);
      }
      range.load('values');
      try {
        void range.values;
      } catch (error) {
        seen.push(`before sync: ${(error as { code: string }).code}`);
      }
      await context.sync();
      seen.push(`after sync: ${JSON.stringify(range.values)}`);
      try {
        void range.address;
      } catch (error) {
        seen.push(`not loaded: ${(error as { code: string }).code}`);
      }
    });
    expect(seen).toEqual([
      'before load: PropertyNotLoaded',
      'before sync: PropertyNotLoaded',
      'after sync: [["a",1]]',
      'not loaded: PropertyNotLoaded',
    ]);
  });

  it('counts every sync, with the size of what it sent and got', async () => {
    install(createFakeExcel({ sheets: [{ name: 'Data', rows: [['月份']] }] }));
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1');
      range.load('values');
      await context.sync();
      await context.sync();
    });
    expect(fake.syncCount).toBe(2);
    expect(fake.syncs[0].responseBytes).toBeGreaterThan(new TextEncoder().encode('[["月份"]]').length);
    expect(fake.syncs[1]).toEqual({ requestBytes: 2, responseBytes: 2 });
  });

  it('turns strings written through values into formulas, numbers, booleans and dates, as typing does', async () => {
    install(createFakeExcel({ sheets: [{ name: 'Out' }] }));
    const typed = ['=HYPERLINK("x")', '+1', '-2', '@a', '001', 'TRUE', '2023-05-01', '\'=HYPERLINK("x")', "'001", "''a", '3月', '-活动'];
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Out').getRange('A1:L1').values = [typed];
      await context.sync();
    });
    expect(fake.values('Out', 'A1:L1')).toEqual([['x', 1, -2, '#NAME?', 1, true, 45047, '=HYPERLINK("x")', '001', "'a", '3月', '#NAME?']]);
    expect(fake.formulas('Out', 'A1:D1')).toEqual([['=HYPERLINK("x")', 1, -2, '=@a']]);
    expect(fake.numberFormats('Out', 'G1')).toEqual([['yyyy/m/d']]);
  });

  it('keeps text typed into a cell formatted as Text ("@")', async () => {
    install(createFakeExcel({ sheets: [{ name: 'Out' }] }));
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Out').getRange('A1:B1');
      range.numberFormat = [['@', '@']];
      range.values = [['=SUM(1)', '001']];
      await context.sync();
    });
    expect(fake.values('Out', 'A1:B1')).toEqual([['=SUM(1)', '001']]);
    expect(fake.formulas('Out', 'A1:B1')).toEqual([['=SUM(1)', '001']]);
  });

  it('refuses a values array whose shape is not the range', async () => {
    install(createFakeExcel({ sheets: [{ name: 'Out' }] }));
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Out').getRange('A1:B2').values = [['a', 'b']];
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  it('refuses a request over the payload limit and applies none of it', async () => {
    install(createFakeExcel({ sheets: [{ name: 'Out' }], payloadLimit: 1000 }));
    const code = await codeOf(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Out');
        sheet.getRange('A1').values = [['small']];
        sheet.getRange('A2').values = [['工'.repeat(400)]];
        await context.sync();
      }),
    );
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
    expect(fake.values('Out')).toEqual([]);
    expect(fake.syncs).toEqual([{ requestBytes: expect.any(Number), responseBytes: 0, error: 'RequestPayloadSizeLimitExceeded' }]);
    expect(fake.syncs[0].requestBytes).toBeGreaterThan(1200);
  });

  it('refuses a response over the payload limit', async () => {
    install(createFakeExcel({ sheets: [{ name: 'Big', rows: Array.from({ length: 100 }, () => ['工'.repeat(10)]) }], payloadLimit: 2000 }));
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Big').getUsedRange().load('values');
        await context.sync();
      }),
    );
    expect(code).toBe('ResponsePayloadSizeLimitExceeded');
  });

  it('refuses a duplicate table name, an overlapping table and a table over merged cells', async () => {
    install(
      createFakeExcel({
        sheets: [
          {
            name: 'A',
            rows: [
              ['h1', 'h2'],
              [1, 2],
              [3, 4],
            ],
            tables: [{ name: 'Mine', address: 'A1:B3' }],
            merges: ['D1:E1'],
          },
          { name: 'B', rows: [['h'], [1]] },
        ],
      }),
    );
    const duplicate = await codeOf(
      Excel.run(async (context) => {
        const table = context.workbook.worksheets.getItem('B').tables.add(context.workbook.worksheets.getItem('B').getRange('A1:A2'), true);
        table.name = 'mine';
        await context.sync();
      }),
    );
    const overlap = await codeOf(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('A');
        sheet.tables.add(sheet.getRange('B2:C4'), true);
        await context.sync();
      }),
    );
    const merged = await codeOf(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('A');
        sheet.tables.add(sheet.getRange('D1:E2'), true);
        await context.sync();
      }),
    );
    expect([duplicate, overlap, merged]).toEqual(['ItemAlreadyExists', 'InvalidArgument', 'InvalidArgument']);
    // The first batch added its table before the rename failed: Excel does not roll back.
    expect(fake.tables().map((t) => `${t.sheet}!${t.address}:${t.name}`)).toEqual(['A!A1:B3:Mine', 'B!A1:A2:Table2']);
  });

  it('knows merged areas from ExcelApi 1.13, and answers ApiNotFound below it', async () => {
    install(
      createFakeExcel({
        sheets: [
          {
            name: 'M',
            rows: [
              ['a', null],
              ['b', 'c'],
            ],
            merges: ['A1:B1'],
          },
        ],
        apiVersion: '1.13',
      }),
    );
    const areas = await Excel.run(async (context) => {
      const merged = context.workbook.worksheets.getItem('M').getUsedRange().getMergedAreasOrNullObject();
      merged.areas.load('address');
      await context.sync();
      return merged.areas.items.map((a) => a.address);
    });
    expect(areas).toEqual(['M!A1:B1']);
    fake.setApiVersion('1.12');
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(false);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.12')).toBe(true);
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('M').getUsedRange().getMergedAreasOrNullObject().load('address');
        await context.sync();
      }),
    );
    expect(code).toBe('ApiNotFound');
  });

  it('refuses every sync in cell-edit mode', async () => {
    install(createFakeExcel());
    fake.setCellEditMode(true);
    const codes = [
      await codeOf(Excel.run((context) => context.sync())),
      await codeOf(
        Excel.run(async (context) => {
          context.workbook.worksheets.load('items/name');
          await context.sync();
        }),
      ),
    ];
    fake.setCellEditMode(false);
    codes.push(await codeOf(Excel.run((context) => context.sync())));
    expect(codes).toEqual(['InvalidOperationInCellEditMode', 'InvalidOperationInCellEditMode', 'resolved']);
  });

  it('refuses writes to a protected sheet with AccessDenied', async () => {
    install(createFakeExcel({ sheets: [{ name: 'P', rows: [['x']], protected: true }] }));
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('P').getRange('A1').values = [['y']];
        await context.sync();
      }),
    );
    expect(code).toBe('AccessDenied');
    expect(fake.values('P')).toEqual([['x']]);
  });

  it('gives null objects for missing items, and propagates or refuses calls on them as set', async () => {
    install(createFakeExcel());
    const missing = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject('Nope');
      const used = sheet.getUsedRangeOrNullObject();
      used.load('values');
      await context.sync();
      return [sheet.isNullObject, used.isNullObject];
    });
    expect(missing).toEqual([true, true]);
    fake.setNullObjectCalls('fail');
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItemOrNullObject('Nope').getUsedRangeOrNullObject().load('values');
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidObjectPath');
  });

  it('refuses a batch left with queued operations that were never synced', async () => {
    install(createFakeExcel());
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['lost']];
      }),
    );
    expect(code).toBe('FakePendingOperations');
  });

  it('fires onChanged for user edits and for the add-in’s own writes, telling them apart from ExcelApi 1.14', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask'] });
    try {
      install(createFakeExcel({ sheets: [{ name: 'S' }] }));
      const events: string[] = [];
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').onChanged.add(async (e) => {
          events.push(`${e.address}:${e.triggerSource ?? 'none'}`);
        });
        await context.sync();
      });
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('B2').values = [['ours']];
        await context.sync();
      });
      fake.userEdit('S', 'C3', [['theirs']]);
      jest.runAllTimers();
      fake.setApiVersion('1.13');
      fake.userEdit('S', 'D4', [['older host']]);
      jest.runAllTimers();
      expect(events).toEqual(['B2:ThisLocalAddin', 'C3:Unknown', 'D4:none']);
    } finally {
      jest.useRealTimers();
    }
  });

  it('counts formatting-only cells in the used range, unless asked for values only', async () => {
    install(
      createFakeExcel({
        sheets: [
          {
            name: 'F',
            rows: [
              ['a', 'b'],
              [1, 2],
            ],
            formatted: ['D:D'],
            dropDowns: [{ address: 'B2:B900', values: ['x', 'y'] }],
          },
        ],
      }),
    );
    const addresses = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('F');
      const all = sheet.getUsedRange().load('address');
      const values = sheet.getUsedRange(true).load('address');
      await context.sync();
      return [all.address, values.address];
    });
    expect(addresses).toEqual(['F!A1:D1048576', 'F!A1:B2']);
  });

  it.each([
    ['null', 'resolved: null'],
    ['throw', 'RangeExceedsLimit'],
  ] as const)('answers a read over 5,000,000 cells as the host does (%s)', async (overCellLimit, expected) => {
    install(createFakeExcel({ sheets: [{ name: 'Big' }], overCellLimit }));
    const outcome = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Big').getRange('A1:E1000001').load('values');
      const small = context.workbook.worksheets.getItem('Big').getRange('A1:E1000000').load('cellCount');
      await context.sync();
      return `resolved: ${JSON.stringify(range.values)} ${small.cellCount}`;
    }).catch((error: { code: string }) => error.code);
    expect(outcome).toBe(expected === 'RangeExceedsLimit' ? expected : 'resolved: null 5000000');
  });

  it('fails getMergedAreasOrNullObject over 512 merged areas (with their top-left cell in the range)', async () => {
    const merges = Array.from({ length: 513 }, (_, i) => `A${2 * i + 1}:A${2 * i + 2}`);
    install(createFakeExcel({ sheets: [{ name: 'M', rows: [['x']], merges }] }));
    const count = (address: string): Promise<string> =>
      Excel.run(async (context) => {
        const areas = context.workbook.worksheets.getItem('M').getRange(address).getMergedAreasOrNullObject().load('areaCount');
        await context.sync();
        return String(areas.areaCount);
      }).catch((error: { code: string }) => error.code);
    expect([await count('A1:A1026'), await count('A1:A1024'), await count('A2:A1026')]).toEqual(['GeneralException', '512', '512']);
  });

  it('makes a batch run with delayForCellEdit wait for the end of cell editing, where the host honours it', async () => {
    install(createFakeExcel({ sheets: [{ name: 'S', rows: [['a']] }] }));
    fake.setCellEditMode(true);
    const events: string[] = [];
    const waiting = Excel.run({ delayForCellEdit: true }, async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1').load('values');
      await context.sync();
      events.push(`read ${JSON.stringify(range.values)}`);
    });
    const plain = await codeOf(Excel.run((context) => context.sync()));
    for (let i = 0; i < 10; i++) await Promise.resolve();
    events.push('edit ends');
    fake.setCellEditMode(false);
    await waiting;
    fake.state.delayForCellEdit = 'ignored';
    fake.setCellEditMode(true);
    const ignored = await codeOf(Excel.run({ delayForCellEdit: true }, (context) => context.sync()));
    expect([plain, events, ignored]).toEqual([
      'InvalidOperationInCellEditMode',
      ['edit ends', 'read [["a"]]'],
      'InvalidOperationInCellEditMode',
    ]);
  });

  it('fires no onChanged for a pick from a drop-down on the web, and does elsewhere; selection moves fire onSelectionChanged', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask'] });
    try {
      const events: string[] = [];
      for (const platform of ['OfficeOnline', 'PC'] as const) {
        install(createFakeExcel({ platform, sheets: [{ name: 'S', dropDowns: [{ address: 'B2:B9', values: ['是', '否'] }] }] }));
        await Excel.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem('S');
          sheet.onChanged.add(async (e) => void events.push(`${platform} changed ${e.address}`));
          sheet.onSelectionChanged.add(async (e) => void events.push(`${platform} selected ${e.address}`));
          await context.sync();
        });
        fake.pickFromDropDown('S', 'B3', '否');
        jest.runAllTimers();
        expect(fake.values('S', 'B3')).toEqual([['否']]);
        uninstall();
      }
      expect(events).toEqual(['OfficeOnline selected B3', 'PC selected B3', 'PC changed B3']);
    } finally {
      jest.useRealTimers();
    }
  });

  it('refuses text longer than a cell holds', async () => {
    install(createFakeExcel({ sheets: [{ name: 'S' }] }));
    const write = (text: string): Promise<string> =>
      codeOf(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem('S').getRange('A1').values = [[text]];
          await context.sync();
        }),
      );
    expect([await write(`'${'字'.repeat(32_767)}`), await write('字'.repeat(32_768))]).toEqual(['resolved', 'InvalidArgument']);
  });

  it('refuses sheet changes under workbook structure protection, and says it is protected', async () => {
    install(createFakeExcel({ sheets: [{ name: 'A' }, { name: 'B' }], structureProtected: true }));
    const protectedFlag = await Excel.run(async (context) => {
      const protection = context.workbook.protection.load('protected');
      await context.sync();
      return protection.protected;
    });
    const attempts = await Promise.all(
      [
        (c: Excel.RequestContext) => void c.workbook.worksheets.add('C'),
        (c: Excel.RequestContext) => c.workbook.worksheets.getItem('B').delete(),
        (c: Excel.RequestContext) => void (c.workbook.worksheets.getItem('B').position = 0),
        (c: Excel.RequestContext) => void (c.workbook.worksheets.getItem('B').name = 'D'),
        (c: Excel.RequestContext) => void (c.workbook.worksheets.getItem('B').visibility = 'Hidden'),
        (c: Excel.RequestContext) => void (c.workbook.worksheets.getItem('B').getRange('A1').values = [['ok']]),
      ].map((queue) =>
        codeOf(
          Excel.run(async (context) => {
            queue(context);
            await context.sync();
          }),
        ),
      ),
    );
    expect([protectedFlag, attempts, fake.sheetNames()]).toEqual([
      true,
      ['AccessDenied', 'AccessDenied', 'AccessDenied', 'AccessDenied', 'AccessDenied', 'resolved'],
      ['A', 'B'],
    ]);
  });

  it('lists the defined names and refuses a table name one of them holds', async () => {
    install(createFakeExcel({ sheets: [{ name: 'S', rows: [['h'], [1]] }], names: ['Budget'] }));
    const names = await Excel.run(async (context) => {
      const list = context.workbook.names.load('items/name');
      await context.sync();
      return list.items.map((n) => n.name);
    });
    const code = await codeOf(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('S');
        sheet.tables.add(sheet.getRange('A1:A2'), true).name = 'BUDGET';
        await context.sync();
      }),
    );
    expect([names, code]).toEqual([['Budget'], 'ItemAlreadyExists']);
  });

  it('refuses a list source that names a sheet needing quotes without them, or a sheet that is not there', async () => {
    install(createFakeExcel({ sheets: [{ name: 'S' }, { name: '清单 (2)' }, { name: '清单' }] }));
    const rule = (source: string): Promise<string> =>
      codeOf(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem('S').getRange('A2:A9').dataValidation.rule = { list: { inCellDropDown: true, source } };
          await context.sync();
        }),
      );
    const codes = [];
    for (const source of ["='清单 (2)'!$A$1:$A$3", '=清单 (2)!$A$1:$A$3', '=清单!$A$1:$A$3', "='没有'!$A$1:$A$3"])
      codes.push(await rule(source));
    expect(codes).toEqual(['resolved', 'InvalidArgument', 'resolved', 'InvalidArgument']);
  });

  it('installs the globals for a test and puts back what was there', () => {
    const before = Object.prototype.hasOwnProperty.call(globalThis, 'Excel');
    const f = createFakeExcel();
    const remove = f.install();
    expect((globalThis as Record<string, unknown>).Excel).toBe(f.Excel);
    remove();
    expect(Object.prototype.hasOwnProperty.call(globalThis, 'Excel')).toBe(before);
  });
});
