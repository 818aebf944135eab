/**
 * Excel on the web refuses a request or a response over 5 MB. Our JSON size
 * estimate is not Excel's own wire format, so we aim well below the limit.
 */
export const PAYLOAD_BUDGET = 4_000_000;

/**
 * "A range is limited to 5,000,000 cells for read operations. When a read exceeds this limit, the
 * API will either return null or throw an error" — `values` comes back null (office-js #4783,
 * #6781) or the sync fails with RangeExceedsLimit.
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 * A used range beyond it is not read at all: the user is told why (PortError 'range_too_large').
 */
export const CELL_READ_LIMIT = 5_000_000;

/** Excel refuses (or answers null for) reads of more than 5 million cells; a block stays far below. */
export const MAX_CELLS_PER_READ = 1_000_000;

/**
 * "If the merged areas count in this range is more than 512, then this method will fail to
 * return the result" (getMergedAreasOrNullObject, ExcelApi 1.13).
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)
 */
export const MERGED_AREAS_LIMIT = 512;

/** Past this many tiles (a used range of well over a million cells) merged areas are not read: core warns. */
export const MAX_MERGE_TILES = 2000;

/** Room in a request for the operations around a block of values (ranges, formats, names). */
export const OPERATION_BYTES = 400;
