import type { Lang } from '../core/words/lang';
import { stripXmlInvalid } from '../core/ports/strip-xml-invalid';

/**
 * Parts of the package that `docx` writes without the options we need, so
 * they are handed to its packer as overrides.
 */

interface FontEntry {
  readonly name: string;
  /** ECMA-376 §17.8.3.1: tried in order when `name` is not installed. */
  readonly altName?: string;
  readonly panose1?: string;
  /** 86 is GB2312, 00 ANSI: a last hint for Word's own substitution. */
  readonly charset: '86' | '00';
  readonly family: 'roman' | 'modern' | 'auto';
  readonly pitch: 'variable' | 'fixed';
}

/**
 * 仿宋_GB2312 and 楷体_GB2312 are what GB/T 9704 names and what government
 * machines have, but Windows since Vista ships only 仿宋 and 楷体, and
 * 方正小标宋简体 is a purchased font. A run names one font, so the fallbacks
 * live here: Word and WPS try the alternate names before substituting by
 * charset and PANOSE.
 */
const FONTS: readonly FontEntry[] = [
  { name: 'Times New Roman', panose1: '02020603050405020304', charset: '00', family: 'roman', pitch: 'variable' },
  { name: '仿宋_GB2312', altName: '仿宋,FangSong', panose1: '02010609030101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '仿宋', altName: 'FangSong', panose1: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '方正小标宋简体', altName: '宋体,SimSun', charset: '86', family: 'auto', pitch: 'variable' },
  { name: '宋体', altName: 'SimSun', panose1: '02010600030101010101', charset: '86', family: 'auto', pitch: 'variable' },
  { name: '黑体', altName: 'SimHei', panose1: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '楷体_GB2312', altName: '楷体,KaiTi', panose1: '02010609030101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '楷体', altName: 'KaiTi', panose1: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
];

function fontXml(font: FontEntry): string {
  return (
    `<w:font w:name="${font.name}">` +
    (font.altName ? `<w:altName w:val="${font.altName}"/>` : '') +
    (font.panose1 ? `<w:panose1 w:val="${font.panose1}"/>` : '') +
    `<w:charset w:val="${font.charset}"/><w:family w:val="${font.family}"/><w:pitch w:val="${font.pitch}"/>` +
    '</w:font>'
  );
}

/** word/fontTable.xml declaring every face the document uses, with its fallbacks. */
export function fontTableXml(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    FONTS.map(fontXml).join('') +
    '</w:fonts>'
  );
}

function escapeXml(text: string): string {
  return stripXmlInvalid(text).replace(/[&<>"]/g, (ch) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[ch]};`);
}

export interface CoreProperties {
  readonly title: string;
  readonly creator: string | null;
  readonly lang: Lang;
  readonly date: Date;
}

/**
 * docProps/core.xml. docx stamps the current time and writes "Un-named" for a
 * missing author; a caller that passes a date gets the same bytes of XML every
 * time, and a document without a unit has no author rather than a made-up one.
 */
export function corePropertiesXml({ title, creator, lang, date }: CoreProperties): string {
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title>` +
    (creator ? `<dc:creator>${escapeXml(creator)}</dc:creator><cp:lastModifiedBy>${escapeXml(creator)}</cp:lastModifiedBy>` : '') +
    `<dc:language>${lang === 'zh' ? 'zh-CN' : 'en-US'}</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
