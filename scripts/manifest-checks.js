'use strict';
/**
 * Checks on manifest.xml that the XML schema cannot make: resource ids resolve to the right kind of
 * resource, every URL is https, every icon under the dev server's assets/ exists at the size it is
 * declared at, every string a user sees has a zh-CN version, the add-in is for Excel and asks for
 * the ExcelApi version we build against. Used by scripts/validate-manifest.js and the tests.
 * CommonJS with no dependencies, so that it runs before and without a build.
 */
const fs = require('fs');
const path = require('path');
const { DEV_BASE_URL } = require('./manifest-url.js');

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  xml: 'http://www.w3.org/XML/1998/namespace',
};
const XSI_TYPE = `{${NS.xsi}}type`;

/** What PlanSheet needs: ExcelApi 1.7 for worksheet.onChanged; newer sets are checked at run time. */
const EXPECTED = Object.freeze({ host: 'Workbook', excelApi: '1.7', permissions: 'ReadWriteDocument', locale: 'zh-CN' });

// ---------------------------------------------------------------------------------------------
// A small namespace-aware XML reader. The manifest is first checked as well-formed and valid by
// xmllint; this only has to read it, so it knows elements, attributes, text, comments, CDATA and
// processing instructions, and refuses a DOCTYPE (a manifest has none).

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return String.fromCodePoint(code);
    }
    if (!(ref in ENTITIES)) throw new Error(`unknown entity ${whole}`);
    return ENTITIES[ref];
  });
}

function lineAt(text, index) {
  return text.slice(0, index).split('\n').length;
}

/**
 * Parses XML into `{ ns, local, name, attrs, children, text, line }` elements. Attribute keys are
 * the local name for unprefixed attributes and `{namespace}local` for prefixed ones.
 * Throws an Error naming the line when the text is not well-formed.
 */
function parseXml(text) {
  const tagPattern =
    /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE|<\/([^\s>]+)\s*>|<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|</g;
  const attrPattern = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  const stack = [];
  let root = null;
  let last = 0;
  let match;

  const addText = (raw) => {
    if (stack.length === 0) {
      if (raw.trim()) throw new Error(`text outside the root element at line ${lineAt(text, last)}`);
      return;
    }
    stack[stack.length - 1].text += raw;
  };

  while ((match = tagPattern.exec(text))) {
    addText(decodeEntities(text.slice(last, match.index)));
    last = tagPattern.lastIndex;
    const [whole, cdata, endName, startName, rawAttrs, selfClosing] = match;
    const line = lineAt(text, match.index);
    if (whole.startsWith('<!--') || whole.startsWith('<?')) continue;
    if (cdata !== undefined) {
      addText(cdata);
      continue;
    }
    if (whole === '<!DOCTYPE') throw new Error(`a DOCTYPE is not expected in a manifest (line ${line})`);
    if (whole === '<') throw new Error(`malformed tag at line ${line}`);
    if (endName !== undefined) {
      const open = stack.pop();
      if (!open || open.name !== endName) {
        throw new Error(`</${endName}> at line ${line} does not close ${open ? `<${open.name}> from line ${open.line}` : 'any element'}`);
      }
      continue;
    }

    const parent = stack[stack.length - 1];
    const scope = Object.create(parent ? parent.scope : { xml: NS.xml });
    const rawList = [];
    let attrMatch;
    attrPattern.lastIndex = 0;
    while ((attrMatch = attrPattern.exec(rawAttrs))) {
      const value = decodeEntities(attrMatch[2] !== undefined ? attrMatch[2] : attrMatch[3]);
      rawList.push([attrMatch[1], value]);
      if (attrMatch[1] === 'xmlns') scope[''] = value;
      else if (attrMatch[1].startsWith('xmlns:')) scope[attrMatch[1].slice(6)] = value;
    }
    const resolve = (qname, useDefault) => {
      const colon = qname.indexOf(':');
      const prefix = colon < 0 ? '' : qname.slice(0, colon);
      const local = colon < 0 ? qname : qname.slice(colon + 1);
      if (colon < 0 && !useDefault) return { ns: '', local };
      const ns = scope[prefix];
      if (ns === undefined) throw new Error(`undeclared namespace prefix "${prefix}" in <${startName}> at line ${line}`);
      return { ns, local };
    };
    const attrs = {};
    for (const [qname, value] of rawList) {
      if (qname === 'xmlns' || qname.startsWith('xmlns:')) continue;
      const { ns, local } = resolve(qname, false);
      const key = ns ? `{${ns}}${local}` : local;
      if (key in attrs) throw new Error(`attribute ${qname} repeated in <${startName}> at line ${line}`);
      attrs[key] = value;
    }
    const { ns, local } = resolve(startName, true);
    const element = { ns, local, name: startName, attrs, children: [], text: '', line, scope };
    if (parent) parent.children.push(element);
    else if (root) throw new Error(`a second root element <${startName}> at line ${line}`);
    else root = element;
    if (!selfClosing) stack.push(element);
  }
  addText(decodeEntities(text.slice(last)));
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1].name}> from line ${stack[stack.length - 1].line} is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

function kids(element, ns, local) {
  return element ? element.children.filter((c) => c.ns === ns && c.local === local) : [];
}

function kid(element, ns, local) {
  return kids(element, ns, local)[0];
}

function descendants(element, predicate, out = []) {
  for (const child of element.children) {
    if (predicate(child)) out.push(child);
    descendants(child, predicate, out);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// PNG

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The width and height in a PNG's IHDR chunk, or null when the bytes are not a PNG.
 *
 * @example
 * readPngSize(fs.readFileSync('assets/icon-16.png'))
 * //=> { width: 16, height: 16 }
 */
function readPngSize(bytes) {
  if (bytes.length < 24 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(bytes[12], bytes[13], bytes[14], bytes[15]) !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

// ---------------------------------------------------------------------------------------------
// The manifest

/** A locale-aware value: `{ default, [locale]: value }`. */
function localized(element, overrideNs) {
  if (!element) return undefined;
  const out = { default: element.attrs.DefaultValue };
  for (const override of kids(element, overrideNs, 'Override')) out[override.attrs.Locale] = override.attrs.Value;
  return out;
}

function requirementSets(requirements, ns) {
  const sets = kid(requirements, ns, 'Sets');
  if (!sets) return undefined;
  const fallback = sets.attrs.DefaultMinVersion || '1.1';
  const out = {};
  for (const set of kids(sets, ns, 'Set')) out[set.attrs.Name] = set.attrs.MinVersion || fallback;
  return out;
}

/** Reads the parts of the manifest the checks need, once. */
function readManifest(root) {
  const versionOverrides = kid(root, NS.ov, 'VersionOverrides');
  const resources = kid(versionOverrides, NS.ov, 'Resources');
  const resourceList = [];
  const groups = [
    ['Images', 'Image', 'image'],
    ['Urls', 'Url', 'url'],
    ['ShortStrings', 'String', 'short'],
    ['LongStrings', 'String', 'long'],
  ];
  for (const [container, item, kind] of groups) {
    for (const element of kids(kid(resources, NS.bt, container), NS.bt, item)) {
      resourceList.push({ id: element.attrs.id, kind, element, value: localized(element, NS.bt) });
    }
  }
  return { root, versionOverrides, resourceList };
}

// Which kind of resource each resid may point at, by the element that carries the resid.
const RESID_KINDS = {
  Image: ['image'],
  SourceLocation: ['url'],
  LearnMoreUrl: ['url'],
  FunctionFile: ['url'],
  Label: ['short'],
  Title: ['short'],
  Description: ['long'],
};

const SIZE_LIMITS = { short: 125, long: 250 };
const REQUIRED_ICON_SIZES = [16, 32, 80];

function problem(code, subject, message) {
  return { code, subject, message };
}

/**
 * Everything wrong with a manifest beyond what its schema says, as `{ code, subject, message }`
 * in document order; an empty list when there is nothing to report.
 *
 * @param {string} xml the manifest's text
 * @param {{ assetsDir: string, baseUrl?: string, expected?: Partial<typeof EXPECTED> }} options
 *   assetsDir: the folder `<baseUrl>assets/` is served from; baseUrl defaults to the dev server.
 * @example
 * checkManifest(fs.readFileSync('manifest.xml', 'utf8'), { assetsDir: 'assets' })
 * //=> []
 */
function checkManifest(xml, options) {
  const baseUrl = options.baseUrl || DEV_BASE_URL;
  const expected = { ...EXPECTED, ...options.expected };
  const problems = [];
  let root;
  try {
    root = parseXml(xml);
  } catch (error) {
    return [problem('not_well_formed', 'manifest.xml', `The manifest is not well-formed XML: ${error.message}.`)];
  }
  if (root.ns !== NS.app || root.local !== 'OfficeApp' || root.attrs[XSI_TYPE] !== 'TaskPaneApp') {
    return [
      problem(
        'not_task_pane_app',
        root.name,
        'The root element must be <OfficeApp xsi:type="TaskPaneApp"> in the appforoffice/1.1 namespace.',
      ),
    ];
  }
  const manifest = readManifest(root);

  // Host
  const hosts = kids(kid(root, NS.app, 'Hosts'), NS.app, 'Host').map((h) => h.attrs.Name);
  if (hosts.length !== 1 || hosts[0] !== expected.host) {
    problems.push(
      problem(
        'wrong_host',
        hosts.join(', ') || '(none)',
        `<Hosts> must name only ${expected.host} (Excel); it names ${hosts.join(', ') || 'nothing'}.`,
      ),
    );
  }
  const overrideHosts = kids(kid(manifest.versionOverrides, NS.ov, 'Hosts'), NS.ov, 'Host').map((h) => h.attrs[XSI_TYPE]);
  for (const host of overrideHosts) {
    if (host !== expected.host) {
      problems.push(
        problem('wrong_host', host, `<VersionOverrides> has commands for ${host}; only ${expected.host} (Excel) is supported.`),
      );
    }
  }

  // Requirements
  const baseSets = requirementSets(kid(root, NS.app, 'Requirements'), NS.app);
  const checkExcelApi = (sets, where) => {
    const found = sets && sets.ExcelApi;
    if (found !== expected.excelApi) {
      problems.push(
        problem(
          'excel_api_version',
          where,
          `${where} must ask for ExcelApi ${expected.excelApi}; it asks for ${found ? `ExcelApi ${found}` : 'no ExcelApi version'}.`,
        ),
      );
    }
  };
  checkExcelApi(baseSets, 'Requirements');
  const overrideRequirements = kid(manifest.versionOverrides, NS.ov, 'Requirements');
  if (overrideRequirements) checkExcelApi(requirementSets(overrideRequirements, NS.bt), 'VersionOverrides/Requirements');

  // Permissions
  const permissions = (kid(root, NS.app, 'Permissions') || { text: '' }).text.trim();
  if (permissions !== expected.permissions) {
    problems.push(
      problem(
        'permissions',
        permissions || '(none)',
        `<Permissions> must be ${expected.permissions}: PlanSheet writes sheets and subscribes to changes.`,
      ),
    );
  }

  // Resources: unique, short ids; strings within their limits
  const byId = new Map();
  for (const resource of manifest.resourceList) {
    if (byId.has(resource.id)) {
      problems.push(problem('duplicate_resource_id', resource.id, `The resource id "${resource.id}" is defined more than once.`));
    } else {
      byId.set(resource.id, resource);
    }
    if (resource.id.length > 32) {
      problems.push(problem('resource_id_too_long', resource.id, `The resource id "${resource.id}" is longer than 32 characters.`));
    }
    const limit = SIZE_LIMITS[resource.kind];
    if (limit) {
      for (const [locale, text] of Object.entries(resource.value)) {
        if ([...text].length > limit) {
          problems.push(
            problem('string_too_long', resource.id, `The ${locale} text of "${resource.id}" is longer than ${limit} characters.`),
          );
        }
      }
    }
  }

  // resid references
  const sizesByImage = new Map();
  const withResid = descendants(root, (e) => 'resid' in e.attrs);
  for (const element of withResid) {
    const resid = element.attrs.resid;
    const resource = byId.get(resid);
    if (!resource) {
      problems.push(
        problem('unresolved_resid', resid, `<${element.name} resid="${resid}"> (line ${element.line}) names no resource in <Resources>.`),
      );
      continue;
    }
    const allowed = RESID_KINDS[element.local];
    if (allowed && !allowed.includes(resource.kind)) {
      problems.push(
        problem(
          'wrong_resource_kind',
          resid,
          `<${element.name} resid="${resid}"> (line ${element.line}) needs ${allowed.join(' or ')} resource, but "${resid}" is ${resource.kind}.`,
        ),
      );
    }
    if (element.ns === NS.bt && element.local === 'Image' && element.attrs.size) {
      const sizes = sizesByImage.get(resid) || new Set();
      sizes.add(Number(element.attrs.size));
      sizesByImage.set(resid, sizes);
    }
  }
  for (const icon of descendants(root, (e) => e.ns === NS.ov && e.local === 'Icon')) {
    const sizes = kids(icon, NS.bt, 'Image').map((image) => Number(image.attrs.size));
    for (const size of REQUIRED_ICON_SIZES) {
      if (!sizes.includes(size)) {
        problems.push(
          problem(
            'missing_icon_size',
            String(size),
            `<Icon> at line ${icon.line} has no ${size} px image; Office requires 16, 32 and 80 px.`,
          ),
        );
      }
    }
  }

  // URLs, with the icon size each one must have
  const urls = [];
  const addLocalized = (element, where, size) => {
    if (!element) return;
    for (const [locale, url] of Object.entries(localized(element, element.ns === NS.bt ? NS.bt : NS.app))) {
      if (url !== undefined) urls.push({ url, where: locale === 'default' ? where : `${where} (${locale})`, size });
    }
  };
  addLocalized(kid(root, NS.app, 'IconUrl'), 'IconUrl', 32);
  addLocalized(kid(root, NS.app, 'HighResolutionIconUrl'), 'HighResolutionIconUrl', 64);
  addLocalized(kid(root, NS.app, 'SupportUrl'), 'SupportUrl');
  addLocalized(kid(kid(root, NS.app, 'DefaultSettings'), NS.app, 'SourceLocation'), 'DefaultSettings/SourceLocation');
  for (const domain of kids(kid(root, NS.app, 'AppDomains'), NS.app, 'AppDomain')) {
    urls.push({ url: domain.text.trim(), where: 'AppDomain' });
  }
  for (const resource of manifest.resourceList) {
    if (resource.kind !== 'image' && resource.kind !== 'url') continue;
    const sizes = sizesByImage.get(resource.id);
    if (sizes && sizes.size > 1) {
      problems.push(
        problem(
          'wrong_icon_size',
          resource.id,
          `The image "${resource.id}" is used at ${[...sizes].join(' and ')} px; one file has one size.`,
        ),
      );
    }
    addLocalized(resource.element, `${resource.element.name} ${resource.id}`, sizes && sizes.size === 1 ? [...sizes][0] : undefined);
  }

  const assetsBase = `${baseUrl}assets/`;
  const assetsDir = path.resolve(options.assetsDir);
  for (const { url, where, size } of urls) {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      parsed = null;
    }
    if (!parsed || parsed.protocol !== 'https:') {
      problems.push(problem('not_https', url, `${where}: "${url}" is not an https URL; Office loads add-in content only over https.`));
      continue;
    }
    if (!url.startsWith(assetsBase)) continue;
    const relative = decodeURIComponent(url.slice(assetsBase.length).split(/[?#]/)[0]);
    const file = path.resolve(assetsDir, relative);
    if (!file.startsWith(assetsDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      problems.push(problem('missing_asset', url, `${where}: ${url} should be served from assets/${relative}, which does not exist.`));
      continue;
    }
    if (size === undefined) continue;
    const found = readPngSize(fs.readFileSync(file));
    if (!found) {
      problems.push(problem('not_png', url, `${where}: assets/${relative} is not a PNG file.`));
    } else if (found.width !== size || found.height !== size) {
      problems.push(
        problem('wrong_icon_size', url, `${where}: assets/${relative} is ${found.width}×${found.height} px; it must be ${size}×${size}.`),
      );
    }
  }

  // Every text a user sees has the second language
  const texts = [
    ['DisplayName', localized(kid(root, NS.app, 'DisplayName'), NS.app)],
    ['Description', localized(kid(root, NS.app, 'Description'), NS.app)],
    ...manifest.resourceList.filter((r) => r.kind === 'short' || r.kind === 'long').map((r) => [r.id, r.value]),
  ];
  for (const [subject, value] of texts) {
    const locale = value && Object.keys(value).find((key) => key.toLowerCase() === expected.locale.toLowerCase());
    if (!locale || !value[locale].trim()) {
      problems.push(
        problem(
          'missing_translation',
          subject,
          `"${subject}" has no ${expected.locale} text (<Override Locale="${expected.locale}" Value="…"/>).`,
        ),
      );
    }
  }

  return problems;
}

/**
 * The manifest's facts in one plain object, for reading and for tests that compare whole results.
 * Throws when the text is not well-formed XML.
 */
function describeManifest(xml) {
  const root = parseXml(xml);
  const { versionOverrides, resourceList } = readManifest(root);
  const byId = new Map(resourceList.map((r) => [r.id, r]));
  const text = (el) => (el ? el.text.trim() : undefined);
  const resource = (el) => (el && byId.has(el.attrs.resid) ? byId.get(el.attrs.resid).value : undefined);
  const formFactor = (host) => kid(host, NS.ov, 'DesktopFormFactor');
  const ribbon = [];
  for (const host of kids(kid(versionOverrides, NS.ov, 'Hosts'), NS.ov, 'Host')) {
    for (const point of kids(formFactor(host), NS.ov, 'ExtensionPoint')) {
      for (const tab of [...kids(point, NS.ov, 'OfficeTab'), ...kids(point, NS.ov, 'CustomTab')]) {
        for (const group of kids(tab, NS.ov, 'Group')) {
          ribbon.push({
            host: host.attrs[XSI_TYPE],
            tab: tab.attrs.id,
            group: group.attrs.id,
            label: resource(kid(group, NS.ov, 'Label')),
            controls: kids(group, NS.ov, 'Control').map((control) => {
              const action = kid(control, NS.ov, 'Action');
              const supertip = kid(control, NS.ov, 'Supertip');
              return {
                id: control.attrs.id,
                type: control.attrs[XSI_TYPE],
                label: resource(kid(control, NS.ov, 'Label')),
                tooltipTitle: resource(kid(supertip, NS.ov, 'Title')),
                tooltip: resource(kid(supertip, NS.ov, 'Description')),
                icons: Object.fromEntries(
                  kids(kid(control, NS.ov, 'Icon'), NS.bt, 'Image').map((i) => [i.attrs.size, resource(i).default]),
                ),
                action: action && {
                  type: action.attrs[XSI_TYPE],
                  taskpaneId: text(kid(action, NS.ov, 'TaskpaneId')),
                  sourceLocation: resource(kid(action, NS.ov, 'SourceLocation')),
                  title: resource(kid(action, NS.ov, 'Title')),
                },
              };
            }),
          });
        }
      }
    }
  }
  return {
    id: text(kid(root, NS.app, 'Id')),
    version: text(kid(root, NS.app, 'Version')),
    providerName: text(kid(root, NS.app, 'ProviderName')),
    defaultLocale: text(kid(root, NS.app, 'DefaultLocale')),
    displayName: localized(kid(root, NS.app, 'DisplayName'), NS.app),
    description: localized(kid(root, NS.app, 'Description'), NS.app),
    iconUrl: localized(kid(root, NS.app, 'IconUrl'), NS.app),
    highResolutionIconUrl: localized(kid(root, NS.app, 'HighResolutionIconUrl'), NS.app),
    supportUrl: localized(kid(root, NS.app, 'SupportUrl'), NS.app),
    appDomains: kids(kid(root, NS.app, 'AppDomains'), NS.app, 'AppDomain').map(text),
    hosts: kids(kid(root, NS.app, 'Hosts'), NS.app, 'Host').map((h) => h.attrs.Name),
    requirements: requirementSets(kid(root, NS.app, 'Requirements'), NS.app),
    sourceLocation: localized(kid(kid(root, NS.app, 'DefaultSettings'), NS.app, 'SourceLocation'), NS.app),
    permissions: text(kid(root, NS.app, 'Permissions')),
    versionOverrides: versionOverrides && {
      type: versionOverrides.attrs[XSI_TYPE],
      requirements: requirementSets(kid(versionOverrides, NS.ov, 'Requirements'), NS.bt),
      ribbon,
    },
  };
}

module.exports = { EXPECTED, NS, parseXml, readPngSize, checkManifest, describeManifest };
