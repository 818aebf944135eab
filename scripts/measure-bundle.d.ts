export interface BundleReport {
  readonly html: string;
  readonly scripts: readonly { readonly src: string; readonly bytes: number; readonly gzip: number }[];
  readonly external: readonly string[];
  readonly lazy: readonly { readonly file: string; readonly bytes: number; readonly gzip: number }[];
  readonly totalBytes: number;
  readonly totalGzip: number;
  readonly budget: number;
}
export const INITIAL_BUDGET_BYTES: number;
export function measureInitialBundle(distDir?: string): BundleReport;
export function formatBundleReport(report: BundleReport): string;
export function scriptSources(html: string): string[];
