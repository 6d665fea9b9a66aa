// The curation workbench's dialog and its less travelled forms, in Chromium: the workbench is a
// modal <dialog> (the page behind inert; Tab and Shift+Tab wrap inside; Escape closes the
// innermost thing open, then focus is back on the Curate button; a half-filled form closed with
// Escape comes back filled, until discarded), and a relation made from a
// selection (R) and a quote added as evidence for one participant of an event (A) export to a
// folder that data:check accepts; a saved entity edited (Edit in the fact list) in one undo step.
// The article is the made-up fixture (tests/fixtures/curation-article).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, waitForGraph, type AppPage } from './browser';
import { checkedStatus, CLOSING, downloadFolder, EVENT_ID, factRows, openClosingRelation, saveMeetingEvent, selectAndWait, selectRange, SENTENCE, seriousViolations, startDraft, TEXT } from './curation-helpers';

let app: AppPage | undefined;
let dir: string | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});


/** The focused element: its place among the dialog's elements (-1 outside the dialog) and its name. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const dialog = document.querySelector('[data-testid="curate"]')!;
    const el = document.activeElement;
    return { at: el ? [...dialog.querySelectorAll('*')].indexOf(el) : -1, what: `${el?.tagName} ${el?.getAttribute('name') ?? el?.textContent?.slice(0, 30) ?? ''}` };
  });

describe('the curation workbench as a dialog', () => {
  it('is modal, keeps Tab and Shift+Tab inside, takes Escape innermost first and gives focus back to the Curate button', async () => {
    app = await openApp();
    const { page } = app;
    await startDraft(page);
    expect(await page.getByTestId('curate').evaluate((el) => el.matches(':modal'))).toBe(true);
    // The page behind is inert: its Curate button cannot even be given focus while the dialog is open.
    expect(
      await page.evaluate(() => {
        const behind = document.querySelector<HTMLElement>('[data-testid="curate-open"]')!;
        behind.focus();
        return document.activeElement === behind;
      }),
    ).toBe(false);

    // Tab from the Close button goes all the way round and back to it, never leaving the dialog.
    await page.locator('.curate-close').focus();
    const start = await focused(page);
    const seen: string[] = [];
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      expect(now.at, `Tab ${i + 1} left the dialog for ${now.what}`).toBeGreaterThanOrEqual(0);
      seen.push(now.what);
      if (now.at === start.at) break;
    }
    expect((await focused(page)).at).toBe(start.at);
    expect(seen.length).toBeGreaterThan(10);
    // Shift+Tab goes back the same way round: from the Close button to the last stop before it.
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).what).toBe(seen.at(-2));
    await page.keyboard.press('Tab');
    expect((await focused(page)).at).toBe(start.at);

    // Escape: first the reading view's selection collapses, the workbench stays.
    const reading = page.getByTestId('curate-reading');
    const at = TEXT.indexOf(SENTENCE);
    await selectRange(page, at, at + 5);
    await expect.poll(() => reading.getAttribute('data-sel-end')).toBe(String(at + 5));
    await reading.focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => Promise.all([reading.getAttribute('data-sel-start'), reading.getAttribute('data-sel-end')])).toEqual([String(at + 5), String(at + 5)]);
    expect(await page.getByTestId('curate').count()).toBe(1);
    // Then an open form is closed, half filled; the workbench stays, and what was typed is kept.
    await selectRange(page, at, at + 5);
    await page.keyboard.press('e');
    const entity = page.getByTestId('curate-entity-form');
    await entity.waitFor();
    await entity.getByLabel('Name (English)', { exact: true }).fill('Made-up delegation');
    await entity.locator('select[name="kind"]').selectOption('organisation');
    await entity.getByLabel('Name (English)', { exact: true }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => entity.count()).toBe(0);
    expect(await page.getByTestId('curate').count()).toBe(1);
    await page.getByTestId('curate-resume-form').waitFor();
    // Then the workbench closes and the Curate button has the focus again.
    await page.locator('.curate-close').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('curate').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('curate-open');

    // Reopened, the workbench offers the form left unsaved, and it comes back as it was left.
    await page.getByTestId('curate-open').click();
    await page.getByTestId('curate-resume-form').click();
    await entity.waitFor();
    expect(await entity.getByLabel('Name (English)', { exact: true }).inputValue()).toBe('Made-up delegation');
    expect(await entity.locator('select[name="kind"]').inputValue()).toBe('organisation');
    expect(await seriousViolations(page)).toEqual([]);
    // Discard forgets it: the same form on the same quote starts empty.
    await entity.getByRole('button', { name: 'Discard' }).click();
    await expect.poll(() => entity.count()).toBe(0);
    expect(await page.getByTestId('curate-resume-form').count()).toBe(0);
    await selectRange(page, at, at + 5);
    await page.keyboard.press('e');
    await entity.waitFor();
    expect(await entity.getByLabel('Name (English)', { exact: true }).inputValue()).toBe('');
    expect(await entity.locator('select[name="kind"]').inputValue()).toBe('');
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });
});

describe('the relation form and evidence for one participant', () => {
  it('makes a relation from a selection (R) and adds a quote for one participant (A); the exported folder passes data:check', async () => {
    app = await openApp();
    const { page } = app;
    await startDraft(page);

    // An event with both countries as participants (V on the sentence).
    await saveMeetingEvent(page, { en: 'Baku border talks', fa: 'گفت‌وگوی مرزی باکو' });

    // R: a relation between the two countries, from the closing sentence that names both.
    await openClosingRelation(page);
    // A reload resumes with the same form open on the same quote, and the document's URL kept.
    await page.reload();
    const relation = page.getByTestId('curate-relation-form');
    await relation.waitFor();
    expect(await relation.locator('blockquote').textContent()).toBe(CLOSING);
    expect(await page.locator('.curate-document input[name="url"]').inputValue()).toBe('https://example.org/made-up-article');
    await relation.locator('select[name="source"]').selectOption('turkey');
    await relation.locator('select[name="target"]').selectOption('azerbaijan');
    await relation.getByLabel('Translation of the quote', { exact: true }).fill('Representatives of Turkey and Azerbaijan stressed that consultations would continue.');
    // A relation may have a date too (optional; none is saved while nothing of it is known).
    await relation.locator('select[name="precision"]').selectOption('year');
    await relation.getByLabel('Date (YYYY-MM-DD, YYYY-MM or YYYY)').fill('2024');
    await relation.locator('select[name="certainty"]').selectOption('inferred');
    await relation.getByLabel('Basis (why this date)').fill('the year the article was published');
    expect(await seriousViolations(page)).toEqual([]);
    await relation.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => factRows(page).then((rows) => rows.length)).toBe(4);

    // A: the words naming Azerbaijan's side, as evidence for that participant of the event only.
    const officials = 'مقام‌های آذربایجان';
    const o = TEXT.indexOf(officials);
    await selectAndWait(page, o, o + officials.length);
    await page.keyboard.press('a');
    const evidence = page.getByTestId('curate-evidence-form');
    await evidence.waitFor();
    await evidence.locator('select[name="fact"]').selectOption({ label: 'Event: Turkish delegation meets Azerbaijani officials in Baku' });
    await evidence.locator('select[name="participant"]').selectOption({ index: 2 });
    await evidence.getByLabel('Translation of the quote', { exact: true }).fill('Azerbaijani officials');
    await evidence.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByTestId('curate-evidence-form').count()).toBe(0);
    await expect.poll(() => checkedStatus(page)).toContain('Valid');

    // The exported folder: data:check accepts it unchanged, with the relation and the participant's quote.
    dir = mkdtempSync(join(tmpdir(), 'kavosh-curation-forms-'));
    const { facts, folder } = await downloadFolder(page, dir);
    expect(facts.relations.map((r) => [r.source, r.target, r.evidence[0]?.quote])).toEqual([['turkey', 'azerbaijan', CLOSING]]);
    expect(facts.relations[0]!.date).toEqual({ precision: 'year', value: '2024', certainty: 'inferred', basis: 'the year the article was published' });
    const participants = facts.events.find((e) => e.id === EVENT_ID)!.participants;
    expect(participants.map((p) => p.entity)).toEqual(['turkey', 'azerbaijan']);
    // Only Azerbaijan's participation gained the quote; Turkey's and the event's own are as they were.
    expect(participants[1]!.evidence.map((ev) => [ev.quote, ev.start, ev.end])).toContainEqual([officials, o, o + officials.length]);
    expect(participants[0]!.evidence.some((ev) => ev.quote === officials)).toBe(false);
    expect(facts.events[0]!.evidence.map((ev) => ev.quote)).toEqual([SENTENCE]);
    expect(execFileSync(process.execPath, ['--import', 'tsx', 'scripts/data-check.ts', folder], { encoding: 'utf8' })).toContain('ok');
    // The URL is the document's: exported, and once the workbench closes, a link beside the outlet
    // that opens in a new tab without handing it this page.
    expect((JSON.parse(readFileSync(join(folder, 'document.json'), 'utf8')) as { url?: string }).url).toBe('https://example.org/made-up-article');
    await page.locator('.curate-close').click();
    await page.getByRole('tab', { name: 'Documents' }).click();
    const link = page.locator('.document-card[data-doc="made-up-test-article-a-meeting-in-baku"] a.source-link');
    await link.waitFor();
    expect(await link.evaluate((a: HTMLAnchorElement) => [a.getAttribute('href'), a.target, a.rel, a.textContent])).toEqual(['https://example.org/made-up-article', '_blank', 'noopener noreferrer', 'source page (example.org)']);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });
});

describe('editing a saved fact', () => {
  it("fixes a saved entity's English name and translation in its own form: one undo step, the id and quote kept; list, export and graph carry it, and a reload keeps it", async () => {
    app = await openApp();
    const { page } = app;
    await startDraft(page);
    const reading = page.getByTestId('curate-reading');
    // A new entity on «هیئتی» with a typo in its English name (its id follows the name, typo and all).
    const at = TEXT.indexOf(SENTENCE);
    await selectRange(page, at, at + 5);
    await expect.poll(() => reading.getAttribute('data-sel-end')).toBe(String(at + 5));
    await page.keyboard.press('e');
    const entity = page.getByTestId('curate-entity-form');
    await entity.waitFor();
    await entity.locator('select[name="kind"]').selectOption('organisation');
    await entity.getByLabel('Name (English)', { exact: true }).fill('Turkish delgation');
    await entity.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => factRows(page)).toEqual(['turkey', 'azerbaijan', 'turkish-delgation']);
    const title = () => page.locator('li[data-fact="turkish-delgation"] bdi').textContent();
    expect(await title()).toBe('Organisation: Turkish delgation');

    // Edit opens the entity's form filled with what was saved; the quote is its first evidence, the id is fixed.
    const edit = () => page.getByRole('button', { name: 'Edit: Organisation: Turkish delgation' }).click();
    await edit();
    await entity.waitFor();
    expect(await entity.getByRole('heading').textContent()).toContain('Edit entity');
    expect(await entity.locator('blockquote').textContent()).toBe('هیئتی');
    expect(await entity.locator('select[name="kind"]').inputValue()).toBe('organisation');
    expect(await entity.getByLabel('Name (Persian)', { exact: true }).inputValue()).toBe('هیئتی');
    expect(await entity.getByLabel('Name (English)', { exact: true }).inputValue()).toBe('Turkish delgation');
    expect(await entity.getByLabel('Translation of the quote', { exact: true }).inputValue()).toBe('Turkish delgation');
    const id = entity.getByLabel('Id', { exact: true });
    expect(await id.inputValue()).toBe('turkish-delgation');
    expect(await id.evaluate((el: HTMLInputElement) => el.readOnly)).toBe(true);
    expect(await entity.getByRole('button', { name: 'Discard' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // Escape closes it with the fact unchanged, and the next Edit starts from the saved values again.
    await entity.getByLabel('Name (English)', { exact: true }).fill('Something else');
    await page.keyboard.press('Escape');
    await expect.poll(() => entity.count()).toBe(0);
    expect(await title()).toBe('Organisation: Turkish delgation');
    expect(await page.getByTestId('curate-resume-form').count()).toBe(0);
    // Focus is back on the fact's Edit button, where the keyboard left off.
    const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await expect.poll(focusedName).toBe('Edit: Organisation: Turkish delgation');
    await edit();
    await entity.waitFor();
    expect(await entity.getByLabel('Name (English)', { exact: true }).inputValue()).toBe('Turkish delgation');

    // The same live validation, at the fact's own place: an invalid Wikidata id is shown beside its field and cannot be saved.
    const wikidata = entity.getByLabel('Wikidata id (Q…)', { exact: true });
    await wikidata.fill('Turkey');
    await expect.poll(() => wikidata.getAttribute('aria-invalid')).toBe('true');
    expect(await entity.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
    await wikidata.fill('');
    await expect.poll(() => wikidata.getAttribute('aria-invalid')).toBe('false');

    // Fixed and saved: the translation follows the English name as it did when the entity was made.
    await entity.getByLabel('Name (English)', { exact: true }).fill('Turkish delegation');
    expect(await entity.getByLabel('Translation of the quote', { exact: true }).inputValue()).toBe('Turkish delegation');
    // A reload mid-edit resumes it: the same fact's form, with what was typed, still unsaved.
    await page.reload();
    await entity.waitFor();
    expect(await entity.getByLabel('Name (English)', { exact: true }).inputValue()).toBe('Turkish delegation');
    expect(await entity.getByLabel('Id', { exact: true }).evaluate((el: HTMLInputElement) => [el.value, el.readOnly])).toEqual(['turkish-delgation', true]);
    expect(await title()).toBe('Organisation: Turkish delgation');
    await entity.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => entity.count()).toBe(0);
    await expect.poll(title).toBe('Organisation: Turkish delegation');
    expect(await factRows(page)).toEqual(['turkey', 'azerbaijan', 'turkish-delgation']);
    await expect.poll(focusedName).toBe('Edit: Organisation: Turkish delegation');

    // One undo step: Ctrl+Z brings back the old name (the entity still there), Ctrl+Shift+Z the new one.
    await page.keyboard.press('Control+z');
    await expect.poll(title).toBe('Organisation: Turkish delgation');
    expect(await factRows(page)).toEqual(['turkey', 'azerbaijan', 'turkish-delgation']);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(title).toBe('Organisation: Turkish delegation');
    await expect.poll(() => checkedStatus(page)).toContain('Valid');

    // The exported folder carries the new name and translation; the quote and its offsets are as saved.
    dir = mkdtempSync(join(tmpdir(), 'kavosh-curation-edit-'));
    const { facts } = await downloadFolder(page, dir);
    const saved = facts.entities.find((e) => e.id === 'turkish-delgation')!;
    expect(saved.name).toEqual({ fa: 'هیئتی', en: 'Turkish delegation' });
    expect(saved.evidence.map((ev) => [ev.quote, ev.start, ev.end, ev.translation])).toEqual([['هیئتی', at, at + 5, 'Turkish delegation']]);

    // The graph, once the workbench closes, and after a reload.
    const label = () => page.evaluate(() => window.kavosh!.cy?.getElementById('turkish-delgation').data('label') as string | undefined);
    await page.locator('.curate-close').click();
    await expect.poll(label).toBe('Turkish delegation');
    await page.reload();
    await waitForGraph(page);
    await expect.poll(label).toBe('Turkish delegation');
    await page.getByTestId('curate-open').click();
    await expect.poll(title).toBe('Organisation: Turkish delegation');
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });
});
