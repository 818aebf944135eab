import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkManifest, describeManifest, type ManifestProblem } from '../../scripts/manifest-checks.js';
import { findSchema, runXmllint } from '../../scripts/validate-manifest.js';
import { rewriteManifestUrls } from '../../scripts/manifest-url.js';
import { getOfficeAppNames, getOfficeAppsForManifestHosts } from 'office-addin-manifest';

const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const ASSETS = path.join(ROOT, 'assets');
const VALIDATE = path.join(ROOT, 'scripts', 'validate-manifest.js');
const xml = readFileSync(MANIFEST, 'utf8');

/** Replaces text that must be in the manifest, so that a mutation cannot silently miss. */
function edit(source: string, from: string, to: string): string {
  if (!source.includes(from)) throw new Error(`the manifest no longer contains ${JSON.stringify(from)}; update this test`);
  return source.split(from).join(to);
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'plansheet-manifest-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** The line on which `text` first appears, as the messages count lines. */
function lineOf(source: string, text: string): number {
  const index = source.indexOf(text);
  if (index < 0) throw new Error(`${JSON.stringify(text)} is not in the text`);
  return source.slice(0, index).split('\n').length;
}

function writeTmp(name: string, text: string): string {
  const file = path.join(tmp, name);
  writeFileSync(file, text);
  return file;
}

describe('manifest.xml against the Office add-in schema (xmllint)', () => {
  // findSchema throws, with where to get them, when ../shared/manifest-schema is missing;
  // runXmllint throws, with the package to install, when xmllint is missing.
  it('validates', () => {
    expect(runXmllint(MANIFEST, findSchema())).toEqual({ ok: true, output: `${MANIFEST} validates` });
  });

  it('rejects a manifest whose elements are out of the schema order', () => {
    const swapped = edit(xml, '<Permissions>ReadWriteDocument</Permissions>\n  <VersionOverrides', '<VersionOverrides').replace(
      '<DefaultSettings>',
      '<Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>',
    );
    const file = writeTmp('swapped.xml', swapped);
    const result = runXmllint(file, findSchema());
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /Element '\{http:\/\/schemas\.microsoft\.com\/office\/appforoffice\/1\.1\}Permissions': This element is not expected/,
    );
  });

  it('rejects requirement sets in VersionOverrides outside the bt: namespace', () => {
    const source = edit(edit(edit(xml, '<bt:Sets ', '<Sets '), '</bt:Sets>', '</Sets>'), '<bt:Set Name', '<Set Name');
    const result = runXmllint(writeTmp('namespace.xml', source), findSchema());
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /Sets': This element is not expected\. Expected is \( \{http:\/\/schemas\.microsoft\.com\/office\/officeappbasictypes\/1\.0\}Sets \)/,
    );
  });
});

describe('npm run validate:offline (scripts/validate-manifest.js)', () => {
  function run(args: string[], env: NodeJS.ProcessEnv = process.env) {
    const result = spawnSync(process.execPath, [VALIDATE, ...args], { cwd: ROOT, env, encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('passes on manifest.xml and says what it checked', () => {
    const schema = path.relative(ROOT, findSchema());
    expect(run([])).toEqual({
      status: 0,
      stdout:
        `✓ manifest.xml is valid against the Office add-in manifest schema (${schema.startsWith('..') ? findSchema() : schema})\n` +
        '✓ resource ids resolve, every URL is https, icons exist in assets at their sizes, every string has zh-CN, host Workbook, ExcelApi 1.7\n',
      stderr: '',
    });
  });

  it('fails with every problem listed when the manifest is wrong', () => {
    const broken = edit(edit(xml, 'resid="Group.Label"', 'resid="Group.Lable"'), '<Host Name="Workbook"/>', '<Host Name="Document"/>');
    const file = writeTmp('broken.xml', broken);
    const result = run([file, '--assets', ASSETS]);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      `✗ 2 problems in ${file}:`,
      '    [wrong_host] <Hosts> must name only Workbook (Excel); it names Document.',
      `    [unresolved_resid] <Label resid="Group.Lable"> (line ${lineOf(broken, 'Group.Lable')}) names no resource in <Resources>.`,
      '',
    ]);
  });

  it('says where to get the schema when ../shared/manifest-schema is missing', () => {
    const result = run([], { ...process.env, PLANSHEET_MANIFEST_SCHEMA_DIR: path.join(tmp, 'no-schema-here') });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      `The manifest schema is missing: expected ${path.join(tmp, 'no-schema-here', 'OfficeAppManifestV1_1.xsd')}.`,
    );
    expect(result.stderr).toContain('[MS-OWEMXML]');
  });

  it('says how to install xmllint when it is missing', () => {
    const emptyBin = path.join(tmp, 'empty-bin');
    mkdirSync(emptyBin, { recursive: true });
    const result = run([], { ...process.env, PATH: emptyBin });
    expect(result).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'Cannot check the manifest: xmllint is not installed. It comes with libxml2: on Debian or Ubuntu `sudo apt-get install libxml2-utils`,\n' +
        '  on macOS it is part of the Xcode command line tools (or `brew install libxml2`).\n',
    });
  });

  it('checks a manifest rewritten for production against its base URL', () => {
    const site = path.join(tmp, 'site');
    mkdirSync(path.join(site, 'assets'), { recursive: true });
    for (const name of ['icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png', 'help.html']) {
      copyFileSync(path.join(ASSETS, name), path.join(site, 'assets', name));
    }
    const file = path.join(site, 'manifest.xml');
    writeFileSync(file, rewriteManifestUrls(xml, 'https://addins.example.org/plansheet/'));
    const result = run([file, '--base-url', 'https://addins.example.org/plansheet']);
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
  });
});

describe('what manifest.xml says', () => {
  const dev = (file: string) => `https://localhost:3000/${file}`;
  const icons = {
    16: dev('assets/icon-16.png'),
    32: dev('assets/icon-32.png'),
    64: dev('assets/icon-64.png'),
    80: dev('assets/icon-80.png'),
  };

  it('is an Excel task pane add-in opened from a button on the Home tab, in English and Chinese', () => {
    expect(describeManifest(xml)).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      version: '0.1.0.0',
      providerName: 'PlanSheet',
      defaultLocale: 'en-US',
      displayName: { default: 'PlanSheet', 'zh-CN': '计划表助手' },
      description: {
        default:
          'Turns a yearly activity schedule into plan tables, checks that every month has its activities, and drafts the work plan or work summary.',
        'zh-CN': '把年度活动安排表整理成计划表，检查每个月是否都有安排，并生成工作计划或工作总结。',
      },
      iconUrl: { default: icons[32] },
      highResolutionIconUrl: { default: icons[64] },
      supportUrl: { default: dev('assets/help.html') },
      appDomains: [],
      hosts: ['Workbook'],
      requirements: { ExcelApi: '1.7' },
      sourceLocation: { default: dev('taskpane.html') },
      permissions: 'ReadWriteDocument',
      versionOverrides: {
        type: 'VersionOverridesV1_0',
        requirements: { ExcelApi: '1.7' },
        ribbon: [
          {
            host: 'Workbook',
            tab: 'TabHome',
            group: 'PlanSheet.Group',
            label: { default: 'PlanSheet', 'zh-CN': '计划表助手' },
            controls: [
              {
                id: 'PlanSheet.OpenButton',
                type: 'Button',
                label: { default: 'Open PlanSheet', 'zh-CN': '打开计划表助手' },
                tooltipTitle: { default: 'Open PlanSheet', 'zh-CN': '打开计划表助手' },
                tooltip: {
                  default:
                    'Open the PlanSheet pane: build plan tables, check which months lack activities, and draft the work plan or summary.',
                  'zh-CN': '打开计划表助手：生成计划表，检查哪些月份缺少活动，撰写工作计划或工作总结。',
                },
                icons,
                action: {
                  type: 'ShowTaskpane',
                  taskpaneId: 'PlanSheet.Taskpane',
                  sourceLocation: { default: dev('taskpane.html') },
                  title: { default: 'PlanSheet', 'zh-CN': '计划表助手' },
                },
              },
            ],
          },
        ],
      },
    });
  });

  it('does not reuse the Office add-in template’s GUID', () => {
    expect(describeManifest(xml).id).not.toBe('05c2e1c9-3e1d-406e-9a91-e9ac64854143');
  });

  it('passes every check: resids, https, icon files and sizes, zh-CN strings, host, ExcelApi', () => {
    expect(checkManifest(xml, { assetsDir: ASSETS })).toEqual([]);
  });

  it('is for Excel alone, by office-addin-manifest’s own reading of the Host names', () => {
    expect(getOfficeAppNames(getOfficeAppsForManifestHosts([...describeManifest(xml).hosts]))).toEqual(['Excel']);
  });

  it('reads the same through office-addin-manifest’s own parser', async () => {
    // office-addin-manifest's entry point loads its JSON-manifest half, whose ES modules jest cannot
    // require; its XML handler alone loads once uuid (ESM-only, used only to write a new Id) is stubbed.
    const packageDir = path.dirname(require.resolve('office-addin-manifest/package.json'));
    jest.doMock(require.resolve('uuid', { paths: [packageDir] }), () => ({
      v4: () => {
        throw new Error('uuid is not needed to read a manifest');
      },
    }));
    // A dynamic import, compiled to a require after the mock above (tests run as CommonJS).
    const { ManifestHandlerXml } = (await import('office-addin-manifest/lib/manifestHandler/manifestHandlerXml')) as unknown as {
      ManifestHandlerXml: new (manifestPath: string) => { parseManifest(): Promise<unknown> };
    };
    const ours = describeManifest(xml);
    const info = await new ManifestHandlerXml(MANIFEST).parseManifest();
    expect(JSON.parse(JSON.stringify(info))).toEqual({
      id: ours.id,
      version: ours.version,
      providerName: ours.providerName,
      defaultLocale: ours.defaultLocale,
      displayName: ours.displayName?.default,
      description: ours.description?.default,
      iconUrl: ours.iconUrl?.default,
      highResolutionIconUrl: ours.highResolutionIconUrl?.default,
      supportUrl: ours.supportUrl?.default,
      appDomains: ours.appDomains,
      hosts: ours.hosts,
      officeAppType: 'TaskPaneApp',
      permissions: ours.permissions,
      manifestType: 'xml',
      defaultSettings: { sourceLocation: ours.sourceLocation?.default },
    });
  });
});

describe('checkManifest reports', () => {
  const check = (source: string): ManifestProblem[] => checkManifest(source, { assetsDir: ASSETS });
  const problem = (code: ManifestProblem['code'], subject: string, message: string): ManifestProblem => ({ code, subject, message });

  it('a resid that names no resource', () => {
    const source = edit(xml, '<Label resid="OpenButton.Label"/>', '<Label resid="OpenButton.Labels"/>');
    expect(check(source)).toEqual([
      problem(
        'unresolved_resid',
        'OpenButton.Labels',
        `<Label resid="OpenButton.Labels"> (line ${lineOf(source, 'OpenButton.Labels')}) names no resource in <Resources>.`,
      ),
    ]);
  });

  it('a resid that names the wrong kind of resource', () => {
    const source = edit(xml, '<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>');
    expect(check(source)).toEqual([
      problem(
        'wrong_resource_kind',
        'Taskpane.Url',
        `<Label resid="Taskpane.Url"> (line ${lineOf(source, '<Label resid="Taskpane.Url"/>')}) needs short resource, but "Taskpane.Url" is url.`,
      ),
    ]);
  });

  it('a duplicate resource id, and one over 32 characters', () => {
    const source = edit(
      edit(xml, '<bt:Url id="Help.Url"', '<bt:Url id="Taskpane.Url"'),
      '<LearnMoreUrl resid="Help.Url"/>',
      '<LearnMoreUrl resid="Taskpane.Url"/>',
    ).replace(/"Icon\.64"/g, '"Icon.64.with.a.name.far.too.long.x"');
    expect(check(source)).toEqual([
      problem(
        'resource_id_too_long',
        'Icon.64.with.a.name.far.too.long.x',
        'The resource id "Icon.64.with.a.name.far.too.long.x" is longer than 32 characters.',
      ),
      problem('duplicate_resource_id', 'Taskpane.Url', 'The resource id "Taskpane.Url" is defined more than once.'),
    ]);
  });

  it('a ribbon icon list without one of the required 16, 32 and 80 px images', () => {
    const source = edit(
      xml,
      '<bt:Image size="80" resid="Icon.80"/>\n                </Icon>\n                <Control',
      '</Icon>\n                <Control',
    );
    expect(check(source)).toEqual([
      problem(
        'missing_icon_size',
        '80',
        `<Icon> at line ${lineOf(source, '<Icon>')} has no 80 px image; Office requires 16, 32 and 80 px.`,
      ),
    ]);
  });

  it('URLs that are not https, wherever they are', () => {
    const source = edit(
      edit(
        edit(xml, 'DefaultValue="https://localhost:3000/assets/icon-80.png"', 'DefaultValue="http://localhost:3000/assets/icon-80.png"'),
        '<SupportUrl DefaultValue="https://localhost:3000/assets/help.html"/>',
        '<SupportUrl DefaultValue="https://localhost:3000/assets/help.html"><Override Locale="zh-CN" Value="ftp://example.org/help"/></SupportUrl>\n  <AppDomains><AppDomain>http://example.org</AppDomain></AppDomains>',
      ),
      '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>',
      '<SourceLocation DefaultValue="localhost:3000/taskpane.html"/>',
    );
    expect(check(source)).toEqual([
      problem(
        'not_https',
        'ftp://example.org/help',
        'SupportUrl (zh-CN): "ftp://example.org/help" is not an https URL; Office loads add-in content only over https.',
      ),
      problem(
        'not_https',
        'localhost:3000/taskpane.html',
        'DefaultSettings/SourceLocation: "localhost:3000/taskpane.html" is not an https URL; Office loads add-in content only over https.',
      ),
      problem(
        'not_https',
        'http://example.org',
        'AppDomain: "http://example.org" is not an https URL; Office loads add-in content only over https.',
      ),
      problem(
        'not_https',
        'http://localhost:3000/assets/icon-80.png',
        'bt:Image Icon.80: "http://localhost:3000/assets/icon-80.png" is not an https URL; Office loads add-in content only over https.',
      ),
    ]);
  });

  it('an icon file that is not in assets/, one of the wrong size, and one that is not a PNG', () => {
    const source = edit(
      edit(
        edit(
          xml,
          '<bt:Image id="Icon.16" DefaultValue="https://localhost:3000/assets/icon-16.png"/>',
          '<bt:Image id="Icon.16" DefaultValue="https://localhost:3000/assets/icon-15.png"/>',
        ),
        '<bt:Image id="Icon.32" DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
        '<bt:Image id="Icon.32" DefaultValue="https://localhost:3000/assets/icon-64.png"/>',
      ),
      '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>',
      '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/help.html"/>',
    );
    expect(check(source)).toEqual([
      problem('not_png', 'https://localhost:3000/assets/help.html', 'HighResolutionIconUrl: assets/help.html is not a PNG file.'),
      problem(
        'missing_asset',
        'https://localhost:3000/assets/icon-15.png',
        'bt:Image Icon.16: https://localhost:3000/assets/icon-15.png should be served from assets/icon-15.png, which does not exist.',
      ),
      problem(
        'wrong_icon_size',
        'https://localhost:3000/assets/icon-64.png',
        'bt:Image Icon.32: assets/icon-64.png is 64×64 px; it must be 32×32.',
      ),
    ]);
  });

  it('a URL that climbs out of assets/', () => {
    const source = edit(
      xml,
      'https://localhost:3000/assets/help.html"/>\n      </bt:Urls>',
      'https://localhost:3000/assets/%2E%2E/package.json"/>\n      </bt:Urls>',
    );
    expect(check(source)).toEqual([
      problem(
        'missing_asset',
        'https://localhost:3000/assets/%2E%2E/package.json',
        'bt:Url Help.Url: https://localhost:3000/assets/%2E%2E/package.json should be served from assets/../package.json, which does not exist.',
      ),
    ]);
  });

  it('one image used at two sizes', () => {
    const source = edit(xml, '<bt:Image size="64" resid="Icon.64"/>', '<bt:Image size="64" resid="Icon.80"/>');
    expect(check(source)).toEqual([
      problem('wrong_icon_size', 'Icon.80', 'The image "Icon.80" is used at 64 and 80 px; one file has one size.'),
    ]);
  });

  it('user-visible text without its zh-CN version', () => {
    const source = edit(
      edit(
        edit(xml, '\n    <Override Locale="zh-CN" Value="计划表助手"/>\n  </DisplayName>', '\n  </DisplayName>'),
        '<Override Locale="zh-CN" Value="把年度活动安排表整理成计划表，检查每个月是否都有安排，并生成工作计划或工作总结。"/>',
        '<Override Locale="zh-TW" Value="把年度活動安排表整理成計劃表。"/>',
      ),
      '<bt:Override Locale="zh-CN" Value="打开计划表助手：生成计划表，检查哪些月份缺少活动，撰写工作计划或工作总结。"/>',
      '<bt:Override Locale="zh-CN" Value=" "/>',
    )
      .replace('<bt:Override Locale="zh-CN" Value="打开计划表助手"/>', '')
      .replace(
        '<bt:String id="Group.Label" DefaultValue="PlanSheet">\n          <bt:Override Locale="zh-CN" Value="计划表助手"/>',
        '<bt:String id="Group.Label" DefaultValue="PlanSheet">',
      );
    expect(check(source)).toEqual([
      problem('missing_translation', 'DisplayName', '"DisplayName" has no zh-CN text (<Override Locale="zh-CN" Value="…"/>).'),
      problem('missing_translation', 'Description', '"Description" has no zh-CN text (<Override Locale="zh-CN" Value="…"/>).'),
      problem('missing_translation', 'Group.Label', '"Group.Label" has no zh-CN text (<Override Locale="zh-CN" Value="…"/>).'),
      problem('missing_translation', 'OpenButton.Label', '"OpenButton.Label" has no zh-CN text (<Override Locale="zh-CN" Value="…"/>).'),
      problem(
        'missing_translation',
        'OpenButton.Tooltip',
        '"OpenButton.Tooltip" has no zh-CN text (<Override Locale="zh-CN" Value="…"/>).',
      ),
    ]);
  });

  it('a string over the documented length limit', () => {
    const long = '很'.repeat(126);
    const source = edit(xml, '<bt:Override Locale="zh-CN" Value="打开计划表助手"/>', `<bt:Override Locale="zh-CN" Value="${long}"/>`);
    expect(check(source)).toEqual([
      problem('string_too_long', 'OpenButton.Label', 'The zh-CN text of "OpenButton.Label" is longer than 125 characters.'),
    ]);
  });

  it('another host than Excel, in the base manifest and in the commands', () => {
    const source = edit(
      edit(xml, '<Host Name="Workbook"/>', '<Host Name="Workbook"/>\n    <Host Name="Document"/>'),
      '<Host xsi:type="Workbook">',
      '<Host xsi:type="Document">',
    );
    expect(check(source)).toEqual([
      problem('wrong_host', 'Workbook, Document', '<Hosts> must name only Workbook (Excel); it names Workbook, Document.'),
      problem('wrong_host', 'Document', '<VersionOverrides> has commands for Document; only Workbook (Excel) is supported.'),
    ]);
  });

  it('another ExcelApi version than the one the add-in is built for, or none', () => {
    const source = edit(xml, '<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="ExcelApi" MinVersion="1.13"/>').replace(
      '<bt:Set Name="ExcelApi" MinVersion="1.7"/>',
      '<bt:Set Name="DialogApi" MinVersion="1.1"/>',
    );
    expect(check(source)).toEqual([
      problem('excel_api_version', 'Requirements', 'Requirements must ask for ExcelApi 1.7; it asks for ExcelApi 1.13.'),
      problem(
        'excel_api_version',
        'VersionOverrides/Requirements',
        'VersionOverrides/Requirements must ask for ExcelApi 1.7; it asks for no ExcelApi version.',
      ),
    ]);
  });

  it('a permission too small for writing sheets', () => {
    expect(check(edit(xml, '<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadDocument</Permissions>'))).toEqual([
      problem('permissions', 'ReadDocument', '<Permissions> must be ReadWriteDocument: PlanSheet writes sheets and subscribes to changes.'),
    ]);
  });

  it('text that is not well-formed XML, or not a task pane add-in', () => {
    const broken = edit(xml, '</DisplayName>', '</Display>');
    expect(check(broken)).toEqual([
      problem(
        'not_well_formed',
        'manifest.xml',
        `The manifest is not well-formed XML: </Display> at line ${lineOf(broken, '</Display>')} does not close <DisplayName> from line ${lineOf(broken, '<DisplayName')}.`,
      ),
    ]);
    expect(check(edit(xml, 'xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"'))).toEqual([
      problem(
        'not_task_pane_app',
        'OfficeApp',
        'The root element must be <OfficeApp xsi:type="TaskPaneApp"> in the appforoffice/1.1 namespace.',
      ),
    ]);
  });
});
