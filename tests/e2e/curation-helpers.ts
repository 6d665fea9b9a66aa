// Shared steps of the curation workbench's end-to-end tests (curation*.e2e.ts): the made-up
// fixture article, pasting and selecting as a person does, reading the fact list, axe.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { readDataset } from '../../scripts/lib/read-dataset';
import type { Facts } from '../../src/domain/schema';

export const TEXT = readFileSync('tests/fixtures/curation-article/article.txt', 'utf8');
export const SENTENCE = 'هیئتی از ترکیه روز ۱۸ دی ماه در باکو با مقام‌های آذربایجان دیدار کرد.';
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run({ include: ['[data-testid="curate"]'] }, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

/** Pastes like a person does: a paste event carrying the clipboard's text. */
export async function paste(page: Page, selector: string, text: string) {
  await page.locator(selector).focus();
  await page.evaluate(
    ([sel, value]) => {
      const data = new DataTransfer();
      data.setData('text/plain', value);
      document.querySelector(sel)!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [selector, text] as const,
  );
}

/** Selects text offsets [start, end) in the reading view as a mouse drag leaves them: a DOM range, then mouseup. */
export async function selectRange(page: Page, start: number, end: number) {
  await page.evaluate(
    ([a, b]) => {
      const root = document.querySelector('[data-testid="curate-reading"]')!;
      const spans = [...root.querySelectorAll<HTMLElement>('[data-s]')];
      const point = (offset: number): [Node, number] => {
        const span = spans.filter((s) => Number(s.dataset.s) <= offset).at(-1)!;
        return [span.firstChild!, offset - Number(span.dataset.s)];
      };
      const range = document.createRange();
      range.setStart(...point(a));
      range.setEnd(...point(b));
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    [start, end] as const,
  );
}

export const nodeIds = (page: Page) => page.evaluate(() => window.kavosh!.cy!.nodes().map((n) => n.id()));
export const factRows = (page: Page) => page.getByTestId('curate-fact-list').locator(':scope > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-fact')));
/** The status line's verdict, or "checking" while it speaks of an earlier draft (aria-busy). */
export const checkedStatus = (page: Page) =>
  page.getByTestId('curate-status').evaluate((el) => (el.getAttribute('aria-busy') === 'true' ? 'checking' : (el.textContent ?? '')));

/**
 * Clicks "Download dataset folder": one .zip download, saved into `dir` and unpacked there with
 * `unzip` (as a curator does), then checked with `npm run data:check` on the unpacked folder and by
 * the loader. Returns the archive's name, the files in its one folder, the folder and the facts.
 */
export async function downloadFolder(page: Page, dir: string): Promise<{ archive: string; names: string[]; folder: string; facts: Facts }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('curate-export-folder').click()]);
  const archive = download.suggestedFilename();
  await download.saveAs(join(dir, archive));
  // Exactly one folder inside, named like the archive; nothing else.
  const listed = execFileSync('unzip', ['-Z1', join(dir, archive)], { encoding: 'utf8' }).trim().split('\n');
  const folderName = archive.replace(/\.zip$/, '');
  expect(listed.every((path) => path.startsWith(`${folderName}/`))).toBe(true);
  execFileSync('unzip', ['-q', join(dir, archive), '-d', dir]);
  const folder = join(dir, folderName);
  const read = readDataset(folder);
  expect(read.ok ? [] : read.issues).toEqual([]);
  expect(execFileSync('npm', ['run', '--silent', 'data:check', '--', folder], { encoding: 'utf8' })).toContain('ok');
  return { archive, names: listed.map((path) => path.slice(folderName.length + 1)), folder, facts: JSON.parse(readFileSync(join(folder, 'facts.json'), 'utf8')) as Facts };
}

/** A new draft of the fixture article (or `text`) with its document filled in and Turkey and Azerbaijan accepted. */
export async function startDraft(page: Page, text = TEXT) {
  await page.getByTestId('curate-open').click();
  await page.getByTestId('curate-new').click();
  const form = page.locator('.curate-document');
  await form.getByLabel('Title (Persian)').fill('خبر ساختگی آزمون: دیدار در باکو');
  await form.getByLabel('Title (English)').fill('Made-up test article: a meeting in Baku');
  await form.getByLabel('Outlet (Persian)').fill('خبرگزاری ساختگی نمونه');
  await form.getByLabel('Outlet (English)').fill('Sample News (made up)');
  await form.getByLabel('Date (YYYY-MM-DD, YYYY-MM or YYYY)').fill('2024-01-10');
  await form.locator('input[name="url"]').fill('https://example.org/made-up-article');
  await paste(page, 'textarea[name="text"]', text);
  for (const [name, rows] of [
    ['Turkey', ['turkey']],
    ['Azerbaijan', ['turkey', 'azerbaijan']],
  ] as const) {
    await page.locator('.curate-sugg').filter({ hasText: `Mention of ${name}` }).first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => factRows(page)).toEqual(rows);
  }
}

export const EVENT_ID = 'turkish-delegation-meets-azerbaijani-officials-in-baku';
export const CLOSING = 'نمایندگان ترکیه و آذربایجان بر ادامهٔ رایزنی‌ها تأکید کردند.';

/** Selects a span of the reading view and waits until the view reports it selected. */
export async function selectAndWait(page: Page, start: number, end: number) {
  await selectRange(page, start, end);
  await expect.poll(() => page.getByTestId('curate-reading').getAttribute('data-sel-end')).toBe(String(end));
}

/**
 * The event of the made-up article's meeting sentence (V): both countries take part (the draft
 * already holds them, startDraft), with the given short labels; waits until the fact list shows it.
 */
export async function saveMeetingEvent(page: Page, short: { en: string; fa: string }) {
  const start = TEXT.indexOf(SENTENCE);
  await selectAndWait(page, start, start + SENTENCE.length);
  await page.keyboard.press('v');
  const event = page.getByTestId('curate-event-form');
  await event.waitFor();
  await event.getByLabel('Label (Persian)', { exact: true }).fill('دیدار هیئت ترکیه با مقام‌های آذربایجان در باکو');
  await event.getByLabel('Label (English)', { exact: true }).fill('Turkish delegation meets Azerbaijani officials in Baku');
  await event.getByLabel('Short label (English)', { exact: true }).fill(short.en);
  await event.getByLabel('Short label (Persian)', { exact: true }).fill(short.fa);
  await event.getByLabel('Translation of the quote', { exact: true }).fill('A Turkish delegation met Azerbaijani officials in Baku on 18 Dey.');
  await event.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => factRows(page)).toEqual(['turkey', 'azerbaijan', EVENT_ID]);
}

/** Selects the closing sentence, which names both countries, and opens the relation form on it (R). */
export async function openClosingRelation(page: Page) {
  const c = TEXT.indexOf(CLOSING);
  await selectAndWait(page, c, c + CLOSING.length);
  await page.keyboard.press('r');
  const relation = page.getByTestId('curate-relation-form');
  await relation.waitFor();
  return relation;
}
