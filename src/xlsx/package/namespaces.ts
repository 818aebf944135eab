/**
 * The namespaces and relationship types our parts are written with: transitional OOXML, or
 * ISO/IEC 29500 Strict when the workbook is strict, so that our parts speak the package's dialect.
 * Content types and the package-relationships namespace are the same in both.
 */
export interface Namespaces {
  readonly main: string;
  readonly relationships: string;
  /** A relationship type from its last segment (`worksheet`, `table`, `styles`). */
  relType(kind: string): string;
}

export const TRANSITIONAL: Namespaces = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  relType: (kind) => `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${kind}`,
};

export const STRICT: Namespaces = {
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  relationships: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
  relType: (kind) => `http://purl.oclc.org/ooxml/officeDocument/relationships/${kind}`,
};

export const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const CONTENT_TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  extendedProperties: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  coreProperties: 'application/vnd.openxmlformats-package.core-properties+xml',
} as const;

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
