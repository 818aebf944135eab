export interface XmlElement {
  readonly ns: string;
  readonly local: string;
  readonly name: string;
  /** Unprefixed attributes by local name, prefixed ones as `{namespace}local`. */
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly text: string;
  readonly line: number;
}

export type ManifestProblemCode =
  | 'not_well_formed'
  | 'not_task_pane_app'
  | 'wrong_host'
  | 'excel_api_version'
  | 'permissions'
  | 'duplicate_resource_id'
  | 'resource_id_too_long'
  | 'string_too_long'
  | 'unresolved_resid'
  | 'wrong_resource_kind'
  | 'missing_icon_size'
  | 'not_https'
  | 'missing_asset'
  | 'not_png'
  | 'wrong_icon_size'
  | 'missing_translation';

export interface ManifestProblem {
  readonly code: ManifestProblemCode;
  /** The resource id, URL, element or value the problem is about. */
  readonly subject: string;
  readonly message: string;
}

export interface Expected {
  readonly host: string;
  readonly excelApi: string;
  readonly permissions: string;
  readonly locale: string;
}

export interface CheckOptions {
  /** The folder `<baseUrl>assets/` is served from. */
  readonly assetsDir: string;
  /** Defaults to the dev server, https://localhost:3000/. */
  readonly baseUrl?: string;
  readonly expected?: Partial<Expected>;
}

/** `{ default, [locale]: value }` */
export type Localized = { readonly default: string } & Readonly<Record<string, string>>;

export interface RibbonControl {
  readonly id: string;
  readonly type: string;
  readonly label?: Localized;
  readonly tooltipTitle?: Localized;
  readonly tooltip?: Localized;
  readonly icons: Readonly<Record<string, string>>;
  readonly action?: {
    readonly type: string;
    readonly taskpaneId?: string;
    readonly sourceLocation?: Localized;
    readonly title?: Localized;
  };
}

export interface ManifestDescription {
  readonly id?: string;
  readonly version?: string;
  readonly providerName?: string;
  readonly defaultLocale?: string;
  readonly displayName?: Localized;
  readonly description?: Localized;
  readonly iconUrl?: Localized;
  readonly highResolutionIconUrl?: Localized;
  readonly supportUrl?: Localized;
  readonly appDomains: readonly string[];
  readonly hosts: readonly string[];
  readonly requirements?: Readonly<Record<string, string>>;
  readonly sourceLocation?: Localized;
  readonly permissions?: string;
  readonly versionOverrides?: {
    readonly type: string;
    readonly requirements?: Readonly<Record<string, string>>;
    readonly ribbon: readonly {
      readonly host: string;
      readonly tab: string;
      readonly group: string;
      readonly label?: Localized;
      readonly controls: readonly RibbonControl[];
    }[];
  };
}

export declare const EXPECTED: Readonly<Expected>;
export declare const NS: Readonly<Record<'app' | 'bt' | 'ov' | 'xsi' | 'xml', string>>;
export declare function parseXml(text: string): XmlElement;
export declare function readPngSize(bytes: Uint8Array): { width: number; height: number } | null;
export declare function checkManifest(xml: string, options: CheckOptions): ManifestProblem[];
export declare function describeManifest(xml: string): ManifestDescription;
