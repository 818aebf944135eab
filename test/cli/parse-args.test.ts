import { parseArgs } from '../../src/cli/parse-args';

describe('parseArgs', () => {
  it('reads check with its period options', () => {
    expect(parseArgs(['check', 'a.xlsx', '--sheet', '活动安排', '--year=2023', '--start-month', '9', '--exempt', '7,8', '--json'])).toEqual(
      {
        ok: true,
        options: {
          command: 'check',
          files: ['a.xlsx'],
          sheet: '活动安排',
          year: 2023,
          startMonth: 9,
          exempt: [7, 8],
          json: true,
          lang: 'zh',
          table: false,
        },
      },
    );
  });

  it('reads doc with its document options and -o', () => {
    expect(
      parseArgs([
        'doc',
        'a.xlsx',
        '--type',
        'summary',
        '-o',
        'out.docx',
        '--unit',
        '××学校工会',
        '--lang',
        'en',
        '--date',
        '2024-03-05',
        '--table',
      ]),
    ).toEqual({
      ok: true,
      options: {
        command: 'doc',
        files: ['a.xlsx'],
        docType: 'summary',
        out: 'out.docx',
        unit: '××学校工会',
        lang: 'en',
        date: { year: 2024, month: 3, day: 5 },
        json: false,
        table: true,
      },
    });
  });

  it('takes several files for check', () => {
    const parsed = parseArgs(['check', 'a.xlsx', 'b.xlsx', 'c.xlsx']);
    expect(parsed.ok && parsed.options.files).toEqual(['a.xlsx', 'b.xlsx', 'c.xlsx']);
  });

  it('accepts Chinese separators in --exempt and an empty list', () => {
    const a = parseArgs(['check', 'a.xlsx', '--exempt', '7，8、2']);
    const b = parseArgs(['check', 'a.xlsx', '--exempt', '']);
    expect([a.ok && a.options.exempt, b.ok && b.options.exempt]).toEqual([[7, 8, 2], []]);
  });

  it.each([
    [['frobnicate'], 'unknown command "frobnicate" (use check, doc or build)'],
    [['check'], '"check" needs an .xlsx file'],
    [['check', 'a.xlsx', '--year', '23'], '--year must be a year such as 2024'],
    [['check', 'a.xlsx', '--start-month', '13'], '--start-month must be a month from 1 to 12'],
    [['check', 'a.xlsx', '--exempt', '7,x'], '--exempt must list months from 1 to 12, such as 7,8'],
    [['check', 'a.xlsx', '--lang', 'fr'], '--lang must be zh or en'],
    [['check', 'a.xlsx', '--type', 'plan'], '--type does not apply to "check"'],
    [['doc', 'a.xlsx', '--format', 'pdf'], '--format must be txt, md or docx'],
    [['doc', 'a.xlsx', 'b.xlsx'], '"doc" takes one file'],
    [['doc', 'a.xlsx', '--date', '2024/3/5'], '--date must look like 2024-03-05'],
    [['check', 'a.xlsx', '--sheet'], '--sheet needs a value'],
    [['check', 'a.xlsx', '--bogus'], 'unknown option --bogus'],
  ])('refuses %j with one sentence', (argv, error) => {
    expect(parseArgs(argv)).toEqual({ ok: false, error });
  });

  it('answers help and version', () => {
    expect([parseArgs([]), parseArgs(['--version']), parseArgs(['check', '--help'])].map((p) => p.ok && p.options.command)).toEqual([
      'help',
      'version',
      'help',
    ]);
  });
});

describe('parseArgs and the schema of the fields', () => {
  it('reads every document field by its flag into the field of the same name', () => {
    const argv = [
      'doc',
      'a.xlsx',
      '--type',
      'plan',
      '--title',
      '题',
      '--unit',
      '工会',
      '--guidance',
      '指导',
      '--goals',
      '目标',
      '--next-steps',
      '打算',
    ];
    expect(parseArgs(argv)).toEqual({
      ok: true,
      options: {
        command: 'doc',
        files: ['a.xlsx'],
        docType: 'plan',
        title: '题',
        unit: '工会',
        guidance: '指导',
        goals: '目标',
        nextSteps: '打算',
        json: false,
        lang: 'zh',
        table: false,
      },
    });
  });

  it.each([
    [['build', 'a.xlsx', '--unit', '工会'], '--unit does not apply to "build"'],
    [['check', 'a.xlsx', '--next-steps', 'x'], '--next-steps does not apply to "check"'],
    [['doc', 'a.xlsx', '--type', 'report'], '--type must be plan or summary'],
    [['build', 'a.xlsx', '--year', '2200'], '--year must be a year such as 2024'],
  ])('keeps the document fields to doc, and reads each by its kind: %j', (argv, error) => {
    expect(parseArgs(argv)).toEqual({ ok: false, error });
  });
});
