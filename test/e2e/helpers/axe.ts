import type { Page } from 'playwright-core';

/** axe-core's tags for WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** What axe found, one line per violation and element, so a failing test says what and where. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, options: unknown): Promise<AxeResults> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`));
  }, WCAG_AA);
}

interface AxeResults {
  readonly violations: readonly { id: string; help: string; nodes: readonly { target: string[]; failureSummary?: string }[] }[];
}

/** The bottom edge of each element, in CSS pixels from the top of the page (the first screen ends at the viewport's height). */
export async function bottoms(page: Page, testIds: readonly string[]): Promise<Record<string, number>> {
  return page.evaluate(
    (ids) =>
      Object.fromEntries(
        ids.map((id) => {
          const el = document.querySelector(`[data-testid="${id}"]`);
          return [id, el ? Math.round(el.getBoundingClientRect().bottom + window.scrollY) : -1];
        }),
      ),
    testIds,
  );
}
