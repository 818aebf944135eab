/** After one of our writes ends, its change events may still be on their way. */
const GRACE_MS = 1000;

/**
 * The sheets the add-in is writing or has just written, so that the change
 * events its own writes cause are not taken for the user's edits. Hosts with
 * ExcelApi 1.14 say so themselves (triggerSource "ThisLocalAddin"); older
 * ones do not, and events arrive after the write, so a write covers its
 * sheets while it runs and for a grace period after.
 */
export class OwnWrites {
  private readonly running = new Map<string, number>();
  private readonly until = new Map<string, number>();

  /** Marks the sheets as being written; call the returned function when the write ends (or fails). */
  begin(sheets: readonly string[]): () => void {
    const keys = sheets.map((s) => s.toLowerCase());
    for (const k of keys) this.running.set(k, (this.running.get(k) ?? 0) + 1);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      const end = Date.now() + GRACE_MS;
      for (const k of keys) {
        const n = (this.running.get(k) ?? 1) - 1;
        if (n > 0) this.running.set(k, n);
        else this.running.delete(k);
        this.until.set(k, Math.max(this.until.get(k) ?? 0, end));
      }
    };
  }

  covers(sheet: string, now = Date.now()): boolean {
    const k = sheet.toLowerCase();
    return this.running.has(k) || (this.until.get(k) ?? 0) >= now;
  }
}
