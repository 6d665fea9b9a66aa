// The curation workbench end to end, in Chromium: a made-up three-paragraph Persian article
// (tests/fixtures/curation-article, marked as made up) is pasted, a suggested mention of a known
// entity accepted with one key, an event with two participants and a Solar Hijri date made from a
// selection; undo/redo; the graph shows it once the workbench closes; a reload finds it all again; the exported folder's
// three files pass data:check unchanged; the graph's frame loop is held behind it; and the
// workbench is axe clean in both languages.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/domain/validate';
import { openApp, settled, waitForGraph, type AppPage } from './browser';
import { probeLoop } from './loopProbe';
import { checkedStatus, downloadFolder, factRows, nodeIds, paste, selectRange, SENTENCE, seriousViolations, TEXT } from './curation-helpers';

let app: AppPage | undefined;
let dir: string | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('the curation workbench', () => {
  it('turns a pasted Persian article into a valid dataset with an event, two participants and a Solar Hijri date', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByTestId('curate-open').click();
    await page.getByTestId('curate-new').click();
    const form = page.locator('.curate-document');
    await form.getByLabel('Title (Persian)').fill('خبر ساختگی آزمون: دیدار در باکو');
    await form.getByLabel('Title (English)').fill('Made-up test article: a meeting in Baku');
    expect(await form.getByLabel('Document id').inputValue()).toBe('made-up-test-article-a-meeting-in-baku');
    await form.getByLabel('Outlet (Persian)').fill('خبرگزاری ساختگی نمونه');
    // A field's problem sits beside it while it is wrong, and goes when it is fixed.
    await expect.poll(() => form.locator('.curate-field[data-invalid]').filter({ hasText: 'Outlet (English)' }).count()).toBe(1);
    await form.getByLabel('Outlet (English)').fill('Sample News (made up)');
    await expect.poll(() => form.locator('.curate-field[data-invalid]').filter({ hasText: 'Outlet (English)' }).count()).toBe(0);
    await form.getByLabel('Date (YYYY-MM-DD, YYYY-MM or YYYY)').fill('2024-01-10');
    await paste(page, 'textarea[name="text"]', TEXT);
    // Stored exactly as given, ZWNJ and all, with the sha256 data:check will compute.
    await expect.poll(() => page.getByTestId('curate-sha256').textContent()).toBe(sha256Hex(TEXT));

    // Suggestions: Turkey, accepted with one key.
    const turkey = page.locator('.curate-sugg').filter({ hasText: 'Mention of Turkey' }).first();
    await turkey.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => factRows(page)).toEqual(['turkey']);
    const azerbaijan = page.locator('.curate-sugg').filter({ hasText: 'Mention of Azerbaijan' }).first();
    await azerbaijan.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => factRows(page)).toEqual(['turkey', 'azerbaijan']);

    // The keyboard selects too: Shift+Left extends forward through a right-to-left text.
    const reading = page.getByTestId('curate-reading');
    await reading.focus();
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => reading.getAttribute('data-sel-end')).toBe('4');
    expect(await reading.getAttribute('data-sel-start')).toBe('0');

    // The event: its sentence selected, V, the date found in it, both countries as participants.
    const start = TEXT.indexOf(SENTENCE);
    await selectRange(page, start, start + SENTENCE.length);
    await expect.poll(() => reading.getAttribute('data-sel-start')).toBe(String(start));
    expect(await reading.getAttribute('data-sel-end')).toBe(String(start + SENTENCE.length));
    await page.keyboard.press('v');
    const event = page.getByTestId('curate-event-form');
    await event.waitFor();
    expect(await event.locator('blockquote').textContent()).toBe(SENTENCE);
    expect(await event.locator('input[name="value"]').inputValue()).toBe('2024-01-08');
    expect(await event.locator('input[name="stated"]').inputValue()).toBe('۱۸ دی ماه');
    expect(await event.locator('input[name="p-turkey"]').isChecked()).toBe(true);
    expect(await event.locator('input[name="p-azerbaijan"]').isChecked()).toBe(true);
    await event.getByLabel('Label (Persian)', { exact: true }).fill('دیدار هیئت ترکیه با مقام‌های آذربایجان در باکو');
    await event.getByLabel('Label (English)', { exact: true }).fill('Turkish delegation meets Azerbaijani officials in Baku');
    await event.getByLabel('Short label (English)', { exact: true }).fill('Baku border talks');
    await event.getByLabel('Short label (Persian)', { exact: true }).fill('گفت‌وگوی مرزی باکو');
    await event.getByLabel('Translation of the quote', { exact: true }).fill('A Turkish delegation met Azerbaijani officials in Baku on 18 Dey.');
    await event.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => factRows(page)).toEqual(['turkey', 'azerbaijan', 'turkish-delegation-meets-azerbaijani-officials-in-baku']);
    await expect.poll(() => checkedStatus(page)).toContain('Valid');

    // Undo takes the event away, redo brings it back.
    await page.keyboard.press('Control+z');
    await expect.poll(() => factRows(page)).toEqual(['turkey', 'azerbaijan']);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => factRows(page)).toEqual(['turkey', 'azerbaijan', 'turkish-delegation-meets-azerbaijani-officials-in-baku']);
    expect(await seriousViolations(page)).toEqual([]);

    // Typing in a field of a valid draft leaves the verdict standing (marked busy) while the
    // deferred check catches up: a status line that said "problems" for a frame at every key laid
    // out the side column and repainted the whole dialog per keystroke.
    await page.getByTestId('curate-status').evaluate((el) => {
      const seen: string[] = [];
      (window as unknown as { statusSeen: string[] }).statusSeen = seen;
      new MutationObserver(() => seen.push(`${el.getAttribute('aria-busy')}|${el.textContent ?? ''}`)).observe(el, { attributes: true, childList: true, characterData: true, subtree: true });
    });
    const titleFa = form.getByLabel('Title (Persian)');
    await titleFa.focus();
    await titleFa.press('End');
    for (const key of ['x', 'y', 'Backspace', 'Backspace']) await page.keyboard.press(key);
    await expect.poll(() => checkedStatus(page)).toContain('Valid');
    expect(await titleFa.inputValue()).toBe('خبر ساختگی آزمون: دیدار در باکو');
    const statusSeen = await page.evaluate(() => (window as unknown as { statusSeen: string[] }).statusSeen);
    expect(statusSeen.filter((x) => !x.includes('Valid'))).toEqual([]);
    expect(statusSeen.some((x) => x.startsWith('true|'))).toBe(true);

    // The workspace holds it at once; the views behind the full-window dialog (graph, timeline,
    // table, article) are rebuilt once, when it closes, not at every save while the curator types.
    await settled(page);
    const docs = () => page.evaluate(() => window.kavosh!.store.getState().model!.dataset.documents.map((d) => d.id));
    const stored = () => page.evaluate(() => window.kavosh!.store.getState().workspace.dataset!.documents.map((d) => d.id));
    expect(await stored()).toContain('made-up-test-article-a-meeting-in-baku');
    expect(await docs()).not.toContain('made-up-test-article-a-meeting-in-baku');
    await page.locator('.curate-close').click();
    // The graph grew: the event is a node, joined to both countries.
    await expect.poll(() => nodeIds(page)).toContain('turkish-delegation-meets-azerbaijani-officials-in-baku');
    expect(await docs()).toContain('made-up-test-article-a-meeting-in-baku');

    // A reload resumes: the workbench (open again), its draft and the graph.
    await page.getByTestId('curate-open').click();
    await expect.poll(() => factRows(page)).toEqual(['turkey', 'azerbaijan', 'turkish-delegation-meets-azerbaijani-officials-in-baku']);
    await page.reload();
    await waitForGraph(page);
    await expect.poll(() => nodeIds(page)).toContain('turkish-delegation-meets-azerbaijani-officials-in-baku');
    await expect.poll(() => factRows(page)).toEqual(['turkey', 'azerbaijan', 'turkish-delegation-meets-azerbaijani-officials-in-baku']);
    expect(await page.getByTestId('curate-sha256').textContent()).toBe(sha256Hex(TEXT));
    expect(await page.locator('textarea[name="text"]').inputValue()).toBe(TEXT);

    // Export: one .zip holding the folder, which data:check accepts unchanged once unpacked (downloadFolder runs it).
    dir = mkdtempSync(join(tmpdir(), 'kavosh-curation-'));
    const { archive, names, folder, facts } = await downloadFolder(page, dir);
    const id = (JSON.parse(readFileSync(join(folder, 'document.json'), 'utf8')) as { id: string }).id;
    expect(archive).toBe(`${id}.zip`);
    expect(names.sort()).toEqual(['document.json', 'facts.json', 'source.txt']);
    expect(readFileSync(join(folder, 'source.txt'), 'utf8')).toBe(TEXT);
    expect(facts.events[0]?.participants.map((p) => p.entity)).toEqual(['turkey', 'azerbaijan']);
    expect(facts.events[0]?.date).toMatchObject({ precision: 'day', value: '2024-01-08', stated: '۱۸ دی ماه', certainty: 'inferred' });
    // The command itself, as a curator runs it.
    expect(execFileSync(process.execPath, ['--import', 'tsx', 'scripts/data-check.ts', folder], { encoding: 'utf8' })).toContain('ok');
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('holds the graph’s frame loop while the workbench covers it, and draws again when it closes', async () => {
    app = await openApp();
    const { page } = app;
    const { framesInTwoPageFrames: loopFrames, framesSoFar, draws } = await probeLoop(page);
    // Adding the callback wakes a loop held because nothing changed (renderLoop.ts).
    await expect.poll(framesSoFar).toBeGreaterThan(0);
    // The views the dialog covers are not painted or composited behind it (a keystroke's frame
    // then carries none of the graph's canvases), and are shown again on close.
    const hidden = () => page.evaluate(() => [...document.querySelectorAll('.app > :not(.app-header)')].map((el) => getComputedStyle(el).visibility));
    // Not rendered at all (skipped by content-visibility: visibility alone still had them painted
    // at every frame), yet laid out at the size they had: the graph keeps its size.
    const rendered = () => page.evaluate(() => ['.graph-stage', '.timeline', '.filters-panel'].map((sel) => document.querySelector(sel)!.checkVisibility()));
    const sizes = () => page.evaluate(() => [...document.querySelectorAll('.app > :not(.app-header)'), document.querySelector('.graph-stage')!].map((el) => `${el.getBoundingClientRect().width}x${el.getBoundingClientRect().height}`).join(' '));
    const shownSizes = await sizes();
    expect(await hidden()).not.toContain('hidden');
    expect(await rendered()).toEqual([true, true, true]);
    await page.getByTestId('curate-open').click();
    await expect.poll(loopFrames).toBe(0);
    await expect.poll(async () => [...new Set(await hidden())]).toEqual(['hidden']);
    expect(await rendered()).toEqual([false, false, false]);
    expect(await sizes()).toBe(shownSizes);
    // The settled signal does not wait on a held loop; a paint asked for behind the dialog (a
    // selection) wakes it until drawn, then it is held again.
    await settled(page);
    const before = await draws();
    await page.evaluate(() => window.kavosh!.store.getState().select(window.kavosh!.cy!.nodes()[0]!.id()));
    await settled(page);
    expect(await draws()).toBeGreaterThan(before);
    await expect.poll(loopFrames).toBe(0);
    const held = await draws();
    const heldFrames = await framesSoFar();
    // Closed: the same loop runs again, and draws once at least so the picture is current.
    await page.locator('.curate-close').click();
    await expect.poll(async () => (await hidden()).includes('hidden')).toBe(false);
    expect(await rendered()).toEqual([true, true, true]);
    expect(await sizes()).toBe(shownSizes);
    await expect.poll(framesSoFar).toBeGreaterThan(heldFrames);
    await expect.poll(draws).toBeGreaterThan(held);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('is right to left and axe clean in Persian', async () => {
    app = await openApp('?lang=fa');
    const { page } = app;
    await page.getByTestId('curate-open').click();
    await page.getByTestId('curate-new').click();
    await paste(page, 'textarea[name="text"]', TEXT);
    await page.getByTestId('curate-reading').waitFor();
    expect(await page.getByTestId('curate-reading').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('#curate-title').textContent()).toBe('میز گردآوری');
    // A date phrase accepted with Enter opens an event on the sentence that states it, dated.
    await page.locator('input[name="value"]').fill('2024-01-10');
    const date = page.locator('[data-key^="date:"] .curate-sugg').filter({ hasText: '۱۸ دی ماه' }).first();
    await date.focus();
    await page.keyboard.press('Enter');
    const event = page.getByTestId('curate-event-form');
    await event.waitFor();
    expect(await event.locator('blockquote').textContent()).toBe(`به گزارش خبرگزاری ساختگی نمونه، ${SENTENCE}`);
    expect(await event.locator('input[name="value"]').inputValue()).toBe('2024-01-08');
    expect(await seriousViolations(page)).toEqual([]);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });
});
