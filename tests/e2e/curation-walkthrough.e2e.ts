// Small UX faults a first-time curator met in the workbench (the s6 walkthrough), each held here
// in Chromium: focus never falls out of the dialog when the last suggestion goes, and Ctrl+Z is
// the workbench's undo even when it does (never the browser's native undo of a field typed in).
// A date field says what its value is in the Solar Hijri calendar, and warns when the value typed
// is itself a Solar Hijri date (1403-10-19 is a valid Gregorian date six centuries off).
// An event's place starts as the place its quote names (not a ticked participant) and offers only
// places and countries; a relation's ends start as the entities its quote names, in order; each
// participant's role fields are named for it.
// A form whose Save waits on the document's id says so beside Save. The language can be switched
// from inside the workbench (the page's own switch is behind the modal dialog). Ctrl+Down/Up move
// by paragraph and S selects the caret's sentence in the reading view.
// The article is the made-up fixture (tests/fixtures/curation-article).
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppPage } from './browser';
import { factRows, paste, selectRange, SENTENCE, TEXT } from './curation-helpers';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const DATE = 'Date (YYYY-MM-DD, YYYY-MM or YYYY)';

/** A new draft of the fixture article with its English title (and so its id) and publication date typed in. */
async function startDraft(page: Page) {
  await page.getByTestId('curate-open').click();
  await page.getByTestId('curate-new').click();
  const form = page.locator('.curate-document');
  await form.getByLabel('Title (English)').fill('Made-up test article: a meeting in Baku');
  await form.getByLabel(DATE).fill('2024-01-10');
  await paste(page, 'textarea[name="text"]', TEXT);
  return form;
}

const suggestionCount = (page: Page) => page.locator('.curate-sugg').count();
/** Where focus is: 'section' (the suggestions), 'dialog' (elsewhere inside it) or 'outside'. */
const focusPlace = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (el?.classList.contains('curate-suggestions')) return 'section';
    return el && document.querySelector('[data-testid="curate"]')!.contains(el) ? 'dialog' : 'outside';
  });

describe('the curation workbench after the last suggestion', () => {
  it('keeps focus inside the dialog, and Ctrl+Z from anywhere undoes the workbench, never a field', async () => {
    app = await openApp();
    const { page } = app;
    const form = await startDraft(page);
    await expect.poll(() => suggestionCount(page)).toBeGreaterThan(0);
    // Every suggestion dismissed with Delete, one key each, as the hint says.
    while ((await suggestionCount(page)) > 0) {
      const before = await suggestionCount(page);
      await page.locator('.curate-sugg').first().focus();
      await page.keyboard.press('Delete');
      await expect.poll(() => suggestionCount(page)).toBe(before - 1);
    }
    await expect.poll(() => page.getByText('No open suggestions.').count()).toBe(1);
    // The list is gone; focus is on its section, still in the modal workbench.
    await expect.poll(() => focusPlace(page)).toBe('section');

    // Ctrl+Z there undoes the last dismissal.
    await page.keyboard.press('Control+z');
    await expect.poll(() => suggestionCount(page)).toBe(1);
    expect(await form.getByLabel(DATE).inputValue()).toBe('2024-01-10');

    // Dismissed again by a click on its Dismiss button: focus stays inside all the same.
    await page.getByRole('button', { name: /^Dismiss: / }).click();
    await expect.poll(() => suggestionCount(page)).toBe(0);
    await expect.poll(() => focusPlace(page)).not.toBe('outside');

    // Even with focus dropped to the page's body, Ctrl+Z is the workbench's undo: the suggestion
    // comes back and the date field keeps what was typed (the browser's own undo would empty it).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await expect.poll(() => focusPlace(page)).toBe('outside');
    await page.keyboard.press('Control+z');
    await expect.poll(() => suggestionCount(page)).toBe(1);
    expect(await form.getByLabel(DATE).inputValue()).toBe('2024-01-10');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => suggestionCount(page)).toBe(0);
    expect(await form.getByLabel(DATE).inputValue()).toBe('2024-01-10');
  });
});

/** A field's accessible description: the lines aria-describedby points to (hint, problems). */
const description = (page: Page, label: string) =>
  page
    .locator('.curate-document')
    .getByLabel(label)
    .evaluate((el) => (el.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean).map((id) => document.getElementById(id)?.textContent ?? '').join(' | '));

describe('a date field of the curation workbench', () => {
  it('reads its value in the Solar Hijri calendar, and warns when the value typed is a Solar Hijri date', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByTestId('curate-open').click();
    await page.getByTestId('curate-new').click();
    const field = page.locator('.curate-document').getByLabel(DATE);
    // A Persian reader's first guess: the Solar Hijri date in the Gregorian field.
    await field.fill('1403-10-19');
    await expect.poll(() => description(page, DATE)).toContain('1403-10-19\u2069 reads as a Solar Hijri date, but this field takes the Gregorian calendar: \u206819 Dey 1403\u2069 SH is \u20682025-01-08\u2069.');
    // Typed as the field wants it, the line confirms the day in the other calendar.
    await field.fill('2025-01-08');
    await expect.poll(() => description(page, DATE)).toBe('= \u206819 Dey 1403\u2069 SH');
    await page.locator('.curate-document').getByLabel('Precision').selectOption('month');
    await field.fill('2025-01');
    await expect.poll(() => description(page, DATE)).toBe('= \u2068Dey–Bahman 1403\u2069 SH');
    // What is no date gets no line (the field's own problem still says why).
    await field.fill('1403/10/19');
    await expect.poll(() => description(page, DATE)).not.toContain('SH');
  });
});

describe('the event and relation forms of the curation workbench', () => {
  it('start from what the quote names: its place as the place, its entities as participants or ends', async () => {
    app = await openApp();
    const { page } = app;
    await startDraft(page);
    // Accepted in an order unlike the text's: Baku, Azerbaijan, then Turkey.
    for (const [name, rows] of [
      ['Baku', ['baku']],
      ['Azerbaijan', ['baku', 'azerbaijan']],
      ['Turkey', ['baku', 'azerbaijan', 'turkey']],
    ] as const) {
      await page.locator('.curate-sugg').filter({ hasText: `Mention of ${name}` }).first().focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => factRows(page)).toEqual(rows);
    }
    // A media outlet, named outside the event's sentence.
    const outlet = 'خبرگزاری ساختگی نمونه';
    const o = TEXT.indexOf(outlet);
    await selectRange(page, o, o + outlet.length);
    await page.keyboard.press('e');
    const entity = page.getByTestId('curate-entity-form');
    await entity.locator('select[name="kind"]').selectOption('media');
    await entity.getByLabel('Name (English)', { exact: true }).fill('Sample News Agency');
    await entity.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => factRows(page)).toEqual(['baku', 'azerbaijan', 'turkey', 'sample-news-agency']);

    // V on the sentence «… در باکو …»: Baku is the place, the two countries the participants.
    const start = TEXT.indexOf(SENTENCE);
    await selectRange(page, start, start + SENTENCE.length);
    await page.keyboard.press('v');
    const event = page.getByTestId('curate-event-form');
    await event.waitFor();
    const place = event.locator('select[name="place"]');
    expect(await place.inputValue()).toBe('baku');
    expect(await place.locator('option').evaluateAll((os) => os.map((x) => (x as HTMLOptionElement).value))).toEqual(['', 'baku', 'azerbaijan', 'turkey']);
    expect(await event.locator('input[name="p-baku"]').isChecked()).toBe(false);
    expect(await event.locator('input[name="p-turkey"]').isChecked()).toBe(true);
    expect(await event.locator('input[name="p-azerbaijan"]').isChecked()).toBe(true);
    expect(await event.locator('input[name="p-sample-news-agency"]').isChecked()).toBe(false);
    // Each participant's role fields are named for it (a screen reader hears whose role it is).
    expect(await event.getByLabel('Role of \u2068Turkey\u2069 (English)', { exact: true }).inputValue()).toBe('participant');
    expect(await event.getByLabel('Role of \u2068Azerbaijan\u2069 (Persian)', { exact: true }).inputValue()).toBe('شرکت‌کننده');
    expect(await event.getByLabel(/^Role of /).count()).toBe(4);
    await event.getByRole('button', { name: 'Discard' }).click();
    await event.waitFor({ state: 'detached' });

    // R on «نمایندگان ترکیه و آذربایجان …», both mentions in it accepted: from Turkey to
    // Azerbaijan, the text's order (not the draft's first two, Baku and Azerbaijan).
    for (const name of ['Turkey', 'Azerbaijan']) {
      const left = page.locator('.curate-sugg').filter({ hasText: `Mention of ${name}` });
      await expect.poll(() => left.count()).toBe(1);
      await left.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => left.count()).toBe(0);
    }
    const closing = 'نمایندگان ترکیه و آذربایجان بر ادامهٔ رایزنی‌ها تأکید کردند.';
    const c = TEXT.indexOf(closing);
    await selectRange(page, c, c + closing.length);
    await page.keyboard.press('r');
    const relation = page.getByTestId('curate-relation-form');
    await relation.waitFor();
    expect(await relation.locator('select[name="source"]').inputValue()).toBe('turkey');
    expect(await relation.locator('select[name="target"]').inputValue()).toBe('azerbaijan');
  });
});

describe('a fact form before the document has an id', () => {
  it('says beside Save that Save waits for the document id, and saves once it is given', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByTestId('curate-open').click();
    await page.getByTestId('curate-new').click();
    await paste(page, 'textarea[name="text"]', TEXT);
    const outlet = 'خبرگزاری ساختگی نمونه';
    const o = TEXT.indexOf(outlet);
    await selectRange(page, o, o + outlet.length);
    await page.keyboard.press('e');
    const entity = page.getByTestId('curate-entity-form');
    // No id before an English name is typed (it follows the name), not a stand-in one.
    expect(await entity.getByLabel('Id', { exact: true }).inputValue()).toBe('');
    await entity.locator('select[name="kind"]').selectOption('media');
    await entity.getByLabel('Name (English)', { exact: true }).fill('Sample News Agency');
    expect(await entity.getByLabel('Id', { exact: true }).inputValue()).toBe('sample-news-agency');
    const save = entity.getByRole('button', { name: 'Save' });
    // Every field of the form is filled; what it waits for is named beside Save.
    await expect.poll(() => entity.getByTestId('curate-form-blocked').textContent()).toBe('Save waits for the document id (under Document, on the left): every quote names its document.');
    expect(await save.isDisabled()).toBe(true);
    await page.locator('.curate-document').getByLabel('Title (English)').fill('Made-up test article: a meeting in Baku');
    await expect.poll(() => entity.getByTestId('curate-form-blocked').count()).toBe(0);
    await expect.poll(() => save.isEnabled()).toBe(true);
    await save.click();
    await expect.poll(() => factRows(page)).toEqual(['sample-news-agency']);
  });
});

describe('the language inside the curation workbench', () => {
  it('switches from the workbench itself, which stays open with focus inside it', async () => {
    app = await openApp();
    const { page } = app;
    await startDraft(page);
    const dialog = page.getByTestId('curate');
    const heading = dialog.getByRole('heading', { level: 2 });
    expect(await heading.textContent()).toBe('Curation workbench');
    await dialog.getByRole('button', { name: 'فارسی: switch the interface to Persian' }).click();
    await expect.poll(() => heading.textContent()).toBe('میز گردآوری');
    // The draft is untouched: the same text, the same title.
    expect(await page.locator('.curate-document').getByLabel('عنوان (انگلیسی)').inputValue()).toBe('Made-up test article: a meeting in Baku');
    expect(await focusPlace(page)).not.toBe('outside');
    await dialog.getByRole('button', { name: 'English: تغییر زبان رابط به انگلیسی' }).click();
    await expect.poll(() => heading.textContent()).toBe('Curation workbench');
  });
});

describe('moving through the reading view by paragraph and sentence', () => {
  // The walkthrough timed with the keyboard alone took 77 keys to select the meeting sentence
  // (word by word through the first paragraph); Ctrl+Down and S make it three.
  it('goes to the next paragraph with Ctrl+Down and selects the sentence there with S, then makes an event of it', async () => {
    app = await openApp();
    const { page } = app;
    await startDraft(page);
    const reading = page.getByTestId('curate-reading');
    await reading.focus();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Control+ArrowDown');
    const para = TEXT.indexOf('به گزارش');
    await expect.poll(() => reading.getAttribute('data-sel-end')).toBe(String(para));
    await page.keyboard.press('s');
    const end = TEXT.indexOf(SENTENCE) + SENTENCE.length;
    await expect.poll(() => reading.getAttribute('data-sel-start')).toBe(String(para));
    expect(await reading.getAttribute('data-sel-end')).toBe(String(end));
    // Ctrl+Up goes back to this paragraph's start, then to the first one's.
    await page.keyboard.press('Control+ArrowUp');
    await expect.poll(() => reading.getAttribute('data-sel-start')).toBe(String(para));
    expect(await reading.getAttribute('data-sel-end')).toBe(String(para));
    await page.keyboard.press('Control+ArrowUp');
    await expect.poll(() => reading.getAttribute('data-sel-end')).toBe('0');
    expect(await reading.getAttribute('data-sel-start')).toBe('0');
    await page.keyboard.press('Control+ArrowDown');
    await page.keyboard.press('s');
    await expect.poll(() => reading.getAttribute('data-sel-start')).toBe(String(para));
    await page.keyboard.press('v');
    const event = page.getByTestId('curate-event-form');
    await event.waitFor();
    expect(await event.locator('blockquote').textContent()).toBe(TEXT.slice(para, end));
    expect(await event.locator('input[name="value"]').inputValue()).toBe('2024-01-08');
  });
});
