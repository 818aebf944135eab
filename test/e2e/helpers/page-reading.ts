import JSZip from 'jszip';
import type { Page } from 'playwright-core';

/** The coverage strip as [month, status, count] in the order shown; the count is read from the tile's text. */
export async function tileStatuses(page: Page): Promise<[number, string, number][]> {
  return page.$$eval('[data-testid=coverage-strip] li', (items) =>
    items.map((li): [number, string, number] => {
      const el = li as HTMLElement;
      // The covered tile shows "3 项" / "3 items"; others show no count, which the strip calls 0 for gaps.
      const shown = /(\d+)\s*(项|items?)/.exec(el.textContent ?? '');
      return [Number(el.dataset.month), el.dataset.status ?? '', shown ? Number(shown[1]) : 0];
    }),
  );
}

/** Each issue row's text (cell, then message). */
export async function issueRows(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid=issue-list] li', (items) => items.map((li) => li.textContent ?? ''));
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of every paragraph of a .docx body, as Word would show it (runs joined, tabs as tabs). */
export async function docxParagraphs(bytes: Uint8Array | Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) =>
    [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
      .map((m) => (m[0] === '<w:tab/>' ? '\t' : m[1]))
      .join('')
      .replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e])
      .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))),
  );
}

/**
 * An element's text once it shows `expected` (React may render a moment after the
 * action the test awaited); after 15 s, whatever it shows, so the assertion fails with a diff.
 */
export async function textOnceShown(page: Page, testId: string, expected: string): Promise<string> {
  await page
    .waitForFunction(
      ([id, text]) => (document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '').includes(text),
      [testId, expected] as const,
      { timeout: 15_000 },
    )
    .catch(() => undefined);
  return (await page.getByTestId(testId).textContent()) ?? '';
}

/** Opens a settings section of the pane (they start closed) and waits for its panel. */
export async function openSettings(page: Page, name: 'source' | 'period' | 'document'): Promise<void> {
  const item = page.getByTestId(`settings-${name}`);
  const header = item.getByRole('button').first();
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  await item.locator('[role=region], .fui-AccordionPanel').first().waitFor();
}
