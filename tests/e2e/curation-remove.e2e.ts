// Remove in the workbench's fact list, in Chromium: an entity that a relation and an event refer to
// is not removed at once; the question names the facts that refer to it (in English and Persian,
// axe clean, keyboard: focus on Cancel, Escape takes the question back and not the workbench), and
// "Remove with these references" removes the entity, its participation and the relation in one
// undo step, leaving the draft valid. A fact nothing refers to goes at once, with a notice and Undo.
// The article is the made-up fixture (tests/fixtures/curation-article).
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppPage } from './browser';
import { checkedStatus, EVENT_ID, factRows, openClosingRelation, saveMeetingEvent, seriousViolations, startDraft } from './curation-helpers';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const SHOTS = process.env.KAVOSH_SHOTS;

describe('removing a fact others refer to', () => {
  it('names the referring facts, cancels with Escape, removes with references in one undo step; a lone fact goes with Undo offered', async () => {
    app = await openApp();
    const { page } = app;
    await startDraft(page);
    // An event with both countries as participants (V on the sentence) and a relation between them (R).
    await saveMeetingEvent(page, { en: 'Baku talks', fa: 'گفت‌وگوی باکو' });
    const relation = await openClosingRelation(page);
    await relation.locator('select[name="kind"]').selectOption('supports');
    await relation.locator('select[name="source"]').selectOption('turkey');
    await relation.locator('select[name="target"]').selectOption('azerbaijan');
    await relation.getByLabel('Translation of the quote', { exact: true }).fill('Representatives of Turkey and Azerbaijan stressed that consultations would continue.');
    await relation.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => factRows(page).then((rows) => rows.length)).toBe(4);
    await expect.poll(() => checkedStatus(page)).toContain('Valid');

    // Remove Azerbaijan: a question, not a removal. It names the event and the relation; focus is on Cancel.
    const removeAz = page.getByRole('button', { name: 'Remove: Country: Azerbaijan' });
    await removeAz.focus();
    await page.keyboard.press('Enter');
    const ask = page.getByTestId('curate-confirm-remove');
    await ask.waitFor();
    expect(await ask.getAttribute('role')).toBe('alertdialog');
    expect(await ask.locator('li').allTextContents()).toEqual([
      'Meeting: Turkish delegation meets Azerbaijani officials in Baku (Turkey, Azerbaijan): it loses this participant',
      'Turkey supports Azerbaijan: this relation is removed',
    ]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    expect(await factRows(page)).toHaveLength(4);
    expect(await seriousViolations(page)).toEqual([]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/remove-confirm-en.png` });
    // Escape takes the question back, and only that: the workbench stays, focus is on Remove again.
    await page.keyboard.press('Escape');
    await expect.poll(() => ask.count()).toBe(0);
    expect(await page.getByTestId('curate').count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Remove: Country: Azerbaijan');
    expect(await factRows(page)).toHaveLength(4);

    // In Persian, the same question in Persian, axe clean.
    await page.getByTestId('curate-lang').click();
    await page.getByRole('button', { name: 'حذف: کشور: جمهوری آذربایجان' }).click();
    await ask.waitFor();
    expect(await ask.locator('p').textContent()).toContain('در ۲ واقعیت دیگر آمده است');
    expect(await ask.locator('li').allTextContents()).toEqual([
      'دیدار: دیدار هیئت ترکیه با مقام‌های آذربایجان در باکو (ترکیه، جمهوری آذربایجان): این شرکت‌کننده را از دست می‌دهد',
      'ترکیه حمایت از جمهوری آذربایجان: این رابطه حذف می‌شود',
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/remove-confirm-fa.png` });
    // Removed with its references: the relation goes, the event keeps Turkey only, nothing dangles.
    await ask.getByRole('button', { name: 'حذف همراه با این ارجاع‌ها' }).click();
    await expect.poll(() => factRows(page)).toEqual(['turkey', EVENT_ID]);
    await expect.poll(() => page.getByTestId('curate-removed').textContent()).toContain('حذف شد:');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('بازگردانی');
    await expect.poll(() => checkedStatus(page)).not.toBe('checking');
    expect(await page.locator('.curate-facts .curate-error').allTextContents()).not.toContainEqual(expect.stringMatching(/no entity has id/));
    await page.getByTestId('curate-lang').click();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/remove-notice-en.png` });

    // One undo step brings all of it back (Ctrl+Z, as the Undo button would).
    await page.keyboard.press('Control+z');
    await expect.poll(() => factRows(page)).toEqual(['turkey', 'azerbaijan', EVENT_ID, 'turkey-supports-azerbaijan']);
    await expect.poll(() => checkedStatus(page)).toContain('Valid');
    await expect.poll(() => page.getByTestId('curate-removed').textContent()).toBe('');

    // The relation: nothing refers to it, so it goes at once; the notice's Undo brings it back.
    await page.getByRole('button', { name: 'Remove: Turkey supports Azerbaijan' }).click();
    await expect.poll(() => factRows(page)).toEqual(['turkey', 'azerbaijan', EVENT_ID]);
    expect(await page.getByTestId('curate-confirm-remove').count()).toBe(0);
    await expect.poll(() => page.getByTestId('curate-removed').textContent()).toContain('Removed: \u2068Turkey supports Azerbaijan\u2069.');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Enter'); // focus is on the notice's Undo
    await expect.poll(() => factRows(page)).toEqual(['turkey', 'azerbaijan', EVENT_ID, 'turkey-supports-azerbaijan']);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });
});
