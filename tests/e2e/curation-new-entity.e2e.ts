// A new entity made from a selection, in Chromium: its kind starts from what is known and the form
// says why (none guessed: the curator chooses, Save waits; the kind saved last time; a known
// entity's kind when the selection is its name), in English and Persian; and once made, its other
// mentions in the text are proposed as suggestions (never added silently), also when it is removed
// and made again. The article is the made-up fixture (tests/fixtures/curation-article) with one
// more made-up sentence that names its made-up news agency a second time.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppPage } from './browser';
import { factRows, selectRange, seriousViolations, startDraft, TEXT } from './curation-helpers';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const AGENCY = 'خبرگزاری ساختگی نمونه';
const ARTICLE = `${TEXT}\n${AGENCY} روز بعد نوشت که گفت‌وگوها ادامه دارد.\n`;
const FIRST = ARTICLE.indexOf(AGENCY);
const SECOND = ARTICLE.indexOf(AGENCY, FIRST + 1);

async function openEntityForm(page: Page, start: number, end: number) {
  await selectRange(page, start, end);
  await expect.poll(() => page.getByTestId('curate-reading').getAttribute('data-sel-end')).toBe(String(end));
  await page.keyboard.press('e');
  const form = page.getByTestId('curate-entity-form');
  await form.waitFor();
  return form;
}
/** The line under the kind field saying where its start came from; null when there is none. */
async function kindHint(page: Page): Promise<string | null> {
  const hint = page.getByTestId('curate-entity-form').locator('.curate-field', { has: page.locator('select[name="kind"]') }).locator('.curate-hint');
  return (await hint.count()) > 0 ? hint.textContent() : null;
}
const mentionSuggestions = (page: Page) => page.locator('.curate-sugg').filter({ hasText: 'Mention of Sample News' }).count();

describe('a new entity', () => {
  it('starts with a kind it can justify, says why; its other mentions are proposed, again after remove and remake', async () => {
    app = await openApp();
    const { page } = app;
    expect(SECOND).toBeGreaterThan(FIRST);
    await startDraft(page, ARTICLE);

    // Nothing is known of this name and no kind was saved before: no kind is chosen, the form asks, Save waits.
    let form = await openEntityForm(page, FIRST, FIRST + AGENCY.length);
    const kind = form.locator('select[name="kind"]');
    expect(await kind.inputValue()).toBe('');
    expect(await kindHint(page)).toBe('Choose a kind: none is guessed.');
    expect(await form.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
    await page.getByTestId('curate-lang').click();
    expect(await kindHint(page)).toBe('نوع را برگزینید: حدسی زده نشده است.');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('curate-lang').click();
    await kind.selectOption('media');
    expect(await kindHint(page)).toBeNull();
    await form.getByLabel('Name (English)', { exact: true }).fill('Sample News');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => factRows(page)).toEqual(['turkey', 'azerbaijan', 'sample-news']);

    // Its other mention is proposed, not added: the entity keeps its one quote.
    await expect.poll(() => mentionSuggestions(page)).toBe(1);
    expect(await page.locator('li[data-fact="sample-news"] .curate-hint').textContent()).toBe('1 quote(s)');
    expect(await page.locator('.curate-sugg').filter({ hasText: 'Mention of Sample News' }).locator('q').textContent()).toBe(AGENCY);

    // The next new entity starts with the kind saved last, and says so.
    const closing = 'نمایندگان';
    const c = ARTICLE.indexOf(closing);
    form = await openEntityForm(page, c, c + closing.length);
    expect(await kind.inputValue()).toBe('media');
    expect(await kindHint(page)).toBe('The kind you saved last time: check it.');
    await form.getByRole('button', { name: 'Discard' }).click();
    // A selection that is a known entity's name starts with that entity's kind.
    const turkey = ARTICLE.indexOf('ترکیه');
    form = await openEntityForm(page, turkey, turkey + 'ترکیه'.length);
    expect(await kind.inputValue()).toBe('country');
    expect(await kindHint(page)).toBe('As \u2068Turkey\u2069, known by this name: check it.');
    await page.getByTestId('curate-lang').click();
    expect(await kindHint(page)).toBe('همانند \u2068ترکیه\u2069 که به این نام شناخته است: بررسی کنید.');
    await page.getByTestId('curate-lang').click();
    await form.getByRole('button', { name: 'Discard' }).click();

    // Accept the proposed mention, then remove the entity (nothing refers to it) and make it again:
    // the other mention is proposed again, not hidden by the first entity's decision.
    await page.locator('.curate-sugg').filter({ hasText: 'Mention of Sample News' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('li[data-fact="sample-news"] .curate-hint').textContent()).toBe('2 quote(s)');
    await expect.poll(() => mentionSuggestions(page)).toBe(0);
    await page.getByRole('button', { name: 'Remove: Media outlet: Sample News' }).click();
    await expect.poll(() => factRows(page)).toEqual(['turkey', 'azerbaijan']);
    form = await openEntityForm(page, FIRST, FIRST + AGENCY.length);
    await kind.selectOption('media');
    await form.getByLabel('Name (English)', { exact: true }).fill('Sample News');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => factRows(page)).toEqual(['turkey', 'azerbaijan', 'sample-news']);
    await expect.poll(() => mentionSuggestions(page)).toBe(1);
    expect(await page.locator('li[data-fact="sample-news"] .curate-hint').textContent()).toBe('1 quote(s)');
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });
});
