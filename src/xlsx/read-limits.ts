/**
 * How much a reader takes from a file, whatever the file claims: every limit is checked
 * while reading (while inflating, for a zip), so that a zip bomb or a sheet that claims
 * millions of cells is refused in bounded memory and time, as `file_too_large`.
 */
export interface ReadLimits {
  /** The file itself, in bytes. */
  readonly fileBytes: number;
  /** All the parts read, uncompressed, together. */
  readonly totalBytes: number;
  /** One part, uncompressed. */
  readonly partBytes: number;
  /** Uncompressed bytes per compressed byte of a part; well-formed XML rarely exceeds 100. */
  readonly ratio: number;
  /** Cells with a value, over all sheets read: 5,000,000, as Excel on the web reads at most. */
  readonly cells: number;
}

export const READ_LIMITS: ReadLimits = {
  fileBytes: 256 * 1024 * 1024,
  totalBytes: 256 * 1024 * 1024,
  partBytes: 256 * 1024 * 1024,
  ratio: 1000,
  cells: 5_000_000,
};
