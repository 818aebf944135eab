/**
 * Why a file cannot be used at all, as data (the words come from `describeFileProblem`).
 * Each code carries the data its message needs, so a message can never print a field
 * that the code did not promise. Readers report these through `PortError`; the command
 * line and the standalone page show the same words.
 */
export type FileProblem =
  | { readonly code: 'file_missing' }
  | { readonly code: 'file_is_folder' }
  | { readonly code: 'file_no_permission' }
  | { readonly code: 'file_empty' }
  /** `size` is what the file holds or would unpack to, when known; `limit` what we accept. Bytes. */
  | { readonly code: 'file_too_large'; readonly size: number | null; readonly limit: number }
  /** More cells with a value than we read (`limit`, 5,000,000 as Excel on the web), however small the file. */
  | { readonly code: 'file_too_many_cells'; readonly limit: number }
  | { readonly code: 'file_damaged' }
  | { readonly code: 'file_encrypted' }
  /** A part with a DTD or entity declarations: never expanded, never fetched. */
  | { readonly code: 'file_unsafe' }
  | { readonly code: 'file_web_page_no_table' }
  /** `looksLike` names what it is when the bytes tell (a Word document, a PDF …). */
  | { readonly code: 'file_not_spreadsheet'; readonly looksLike: LooksLike | null };

export type FileProblemCode = FileProblem['code'];

export type LooksLike = 'word' | 'powerpoint' | 'pdf' | 'image' | 'archive' | 'text';

export const FILE_PROBLEM_CODES: readonly FileProblemCode[] = [
  'file_missing',
  'file_is_folder',
  'file_no_permission',
  'file_empty',
  'file_too_large',
  'file_too_many_cells',
  'file_damaged',
  'file_encrypted',
  'file_unsafe',
  'file_web_page_no_table',
  'file_not_spreadsheet',
] as const;
