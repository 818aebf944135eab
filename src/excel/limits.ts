/**
 * Excel on the web refuses a request or a response over 5 MB. Our JSON size
 * estimate is not Excel's own wire format, so we aim well below the limit.
 */
export const PAYLOAD_BUDGET = 4_000_000;

/** Excel refuses (or answers null for) reads of more than 5 million cells; a block stays far below. */
export const MAX_CELLS_PER_READ = 1_000_000;

/** Room in a request for the operations around a block of values (ranges, formats, names). */
export const OPERATION_BYTES = 400;
