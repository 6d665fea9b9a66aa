// The article and the fact table in Chromium: spans and rows select graph elements, "show in
// article" finds a fact's spans, the keyboard drives the table, and axe-core finds no serious or
// critical accessibility violation on the page.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppPage } from './browser';
import { axeScan, describeViolations, serious, type AxeViolation } from './axe';
import { loadAllDatasets } from '../../scripts/lib/load-all';
import { buildArticle } from '../../src/graph/article';
import { buildFactRows, visibleRows } from '../../src/graph/factRows';
import { computeVisibility, EMPTY_FILTERS, NO_TIME_FILTER } from '../../src/graph/filter';
import { buildGraphModel } from '../../src/graph/model';

const model = buildGraphModel(loadAllDatasets('data'));
const DOC = 'aran-news-baku';
const article = buildArticle(model, DOC);
const rows = buildFactRows(model, 'en');

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const state = (page: Page) =>
  page.evaluate(() => {
    const s = window.kavosh!.store.getState();
    return { selectedId: s.selectedId, panel: s.panel };
  });
const chosenInGraph = (page: Page, id: string) => page.evaluate((el) => window.kavosh!.cy!.getElementById(el).hasClass('chosen'), id);
const noProblems = (a: AppPage) => expect(a.problems, a.problems.join('\n')).toEqual([]);

async function openTab(page: Page, name: 'Article' | 'Fact table') {
  await page.getByRole('tab', { name }).click();
  await page.locator(name === 'Article' ? '.article-view .fact-span' : '.fact-table tbody tr[data-id]').first().waitFor();
}

/** The span elements whose segment lists the fact first (the one a click selects). */
const primarySpans = (page: Page, factId: string) => page.locator(`.fact-span[data-facts="${factId}"], .fact-span[data-facts^="${factId} "]`);

describe('article view', () => {
  it('shows the whole source right to left in Vazirmatn, with the coverage line', async () => {
    app = await openApp('', { width: 1366, height: 768 });
    await openTab(app.page, 'Article');
    const text = app.page.locator('.article-text');
    await expect.poll(() => text.getAttribute('dir')).toBe('rtl');
    await expect.poll(() => text.getAttribute('lang')).toBe('fa');
    await expect.poll(() => text.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await expect.poll(() => text.evaluate((el) => getComputedStyle(el).fontFamily)).toContain('Vazirmatn');
    // Every character of the source is on the page, in order (whitespace aside; the headline's
    // English translation and each sentence's "English" toggle are not part of the source).
    const squash = (s: string) => s.replace(/\s+/g, '');
    const sourceText = (el: Element) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.article-title-other, .sentence-en-toggle, .sentence-en').forEach((n) => n.remove());
      return copy.textContent ?? '';
    };
    const shown = await text.evaluate(sourceText);
    expect(squash(shown)).toBe(squash(article.text));
    await expect
      .poll(async () => (await app!.page.locator('.article-headline').evaluate(sourceText)).trim())
      .toBe(model.dataset.documents.find((d) => d.id === DOC)?.title.fa);
    await expect.poll(() => app!.page.getByTestId('article-coverage').textContent()).toContain('15 of 15 sentences carry a fact (100%)');
    await expect.poll(() => app!.page.locator('.article-view .fact-span').count()).toBe(article.segments.length);
    // The panel fits the side column: nothing scrolls sideways.
    const side = await app.page.locator('.article-scroll').evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth }));
    expect(side.sw).toBeLessThanOrEqual(side.cw);
    noProblems(app);
  });

  it('clicking a highlighted span selects its fact in the graph and shows it under the article; again, the next fact there', async () => {
    app = await openApp('', { width: 1366, height: 768 });
    const { page } = app;
    await openTab(page, 'Article');
    const span = primarySpans(page, 'baku-intelligence-meeting').first();
    // Its name: the words it marks, then whose evidence they are.
    const name = (await span.getAttribute('aria-label')) ?? '';
    expect(name.startsWith(((await span.textContent()) ?? '').trim())).toBe(true);
    // The name inside is bidi-isolated (U+2068 … U+2069), so no character of the data can reorder the sentence.
    expect(name).toContain('— Meeting: \u2068Valiyev–Günaydın meeting in Baku\u2069');
    await span.click();
    // The article stays in view, the clicked fact's details under it.
    await expect.poll(() => state(page)).toEqual({ selectedId: 'baku-intelligence-meeting', panel: 'article' });
    await expect.poll(() => chosenInGraph(page, 'baku-intelligence-meeting')).toBe(true);
    const inline = page.getByRole('complementary', { name: 'Fact in this passage' });
    await expect.poll(() => inline.locator('strong').textContent()).toBe('Valiyev–Günaydın meeting in Baku');

    // The fact's spans are marked; the same span now selects the next fact, without reopening a tab.
    const facts = ((await span.getAttribute('data-facts')) ?? '').split(' ');
    expect(facts.length).toBeGreaterThan(1);
    await expect.poll(() => span.getAttribute('class')).toContain('is-selected');
    await span.click();
    await expect.poll(() => state(page)).toEqual({ selectedId: facts[1], panel: 'article' });
    await expect.poll(() => chosenInGraph(page, facts[1]!)).toBe(true);
    await inline.getByRole('button', { name: 'Open in Details' }).click();
    await expect.poll(() => state(page)).toEqual({ selectedId: facts[1], panel: 'details' });
    noProblems(app);
  });

  it('a span that is exactly a person\'s name selects the person; a sentence\'s English shows on demand', async () => {
    app = await openApp('', { width: 1366, height: 768 });
    const { page } = app;
    await openTab(page, 'Article');
    const person = model.entityById.get('karim-valiyev')!;
    const exact = page.locator('.article-view .fact-span');
    const spans = await exact.evaluateAll(
      (els, fa) => els.map((e, i) => [i, (e.textContent ?? '').replace(/[\s«»]+/g, ' ').trim() === fa, e.getAttribute('data-facts')] as const),
      person.name.fa,
    );
    const at = spans.find(([, same, f]) => same && f?.includes('karim-valiyev') && f.split(' ').length > 1);
    expect(at, 'a span that is exactly the name and carries other facts too').toBeDefined();
    await exact.nth(at![0]).click();
    // «کریم ولی اف» is evidence of relations and the meeting too; its words are the person.
    await expect.poll(() => state(page)).toEqual({ selectedId: 'karim-valiyev', panel: 'article' });

    const sentence = page.locator('.article-view .sentence:not(.no-fact)').first();
    const toggle = sentence.getByRole('button', { name: 'English translation of this sentence' });
    await toggle.click();
    const english = sentence.locator('.sentence-en');
    await expect.poll(() => english.textContent()).toMatch(/[A-Za-z]{3}/);
    expect(await english.getAttribute('lang')).toBe('en');
    await sentence.getByRole('button', { name: 'Hide English' }).click();
    await expect.poll(() => english.count()).toBe(0);
    noProblems(app);
  });

  it('a span is reachable with the keyboard and Enter selects it', async () => {
    app = await openApp('', { width: 1366, height: 768 });
    const { page } = app;
    await openTab(page, 'Article');
    const span = primarySpans(page, 'aran-news-cites-fars').first();
    await span.focus();
    await expect.poll(() => span.getAttribute('tabindex')).toBe('0');
    await expect.poll(() => span.getAttribute('role')).toBe('button');
    await page.keyboard.press('Enter');
    await expect.poll(() => state(page)).toEqual({ selectedId: 'aran-news-cites-fars', panel: 'article' });
    await expect.poll(() => chosenInGraph(page, 'aran-news-cites-fars')).toBe(true);
    noProblems(app);
  });

  it('"show in article" scrolls to the selected element’s spans and marks them all', async () => {
    app = await openApp('', { width: 1366, height: 768 });
    const { page } = app;
    // A participation edge of the Gülen arrests: its spans are its event's, at the end of the text.
    const edge = model.edges.find((e) => e.type === 'participation' && e.factId === 'gulen-arrests-azerbaijan')!;
    await page.evaluate((id) => window.kavosh!.store.getState().select(id), edge.id);
    await page.getByRole('button', { name: 'Show in article' }).click();
    const marked = page.locator('.article-view .fact-span.is-selected');
    await marked.first().waitFor();
    const expected = article.segments.filter((s) => s.facts.includes('gulen-arrests-azerbaijan')).length;
    await expect.poll(() => marked.count()).toBe(expected);
    await expect.poll(() => state(page)).toEqual({ selectedId: edge.id, panel: 'article' });
    await expect.poll(() => marked.first().evaluate((el) => el.classList.contains('flash'))).toBe(true);
    // Scrolled into the article's viewport.
    await expect
      .poll(() =>
        marked.first().evaluate((el) => {
          const box = el.getBoundingClientRect();
          const view = el.closest('.article-scroll')!.getBoundingClientRect();
          return box.top >= view.top && box.bottom <= view.bottom;
        }),
      )
      .toBe(true);
    await expect.poll(() => page.locator('.article-scroll').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    noProblems(app);
  });

  it('a sentence no evidence touches is visibly unmarked and lowers the coverage', async () => {
    app = await openApp('', { width: 1366, height: 768 });
    const { page } = app;
    // Drop every piece of evidence that quotes the sentence "بر اساس این گزارش، طرفین …".
    const sentence = article.sentences.find((s) => article.text.slice(s.start, s.end).startsWith('بر اساس این گزارش'))!;
    await page.evaluate(({ start, end }) => {
      const s = window.kavosh!.store.getState();
      const d = s.model!.dataset;
      const keep = <T extends { evidence: Array<{ start: number; end: number }> }>(facts: T[]) =>
        facts.map((f) => ({ ...f, evidence: f.evidence.filter((e) => e.end <= start || e.start >= end) })).filter((f) => f.evidence.length > 0);
      s.setDataset({ ...d, entities: keep(d.entities), events: keep(d.events), relations: keep(d.relations) });
    }, sentence);
    await openTab(page, 'Article');
    await expect.poll(() => page.getByTestId('article-coverage').textContent()).toContain('14 of 15 sentences carry a fact (93%)');
    const gap = page.locator(`.article-view .no-fact[data-start="${sentence.start}"]`);
    await expect.poll(() => gap.locator('.no-fact-tag').textContent()).toBe('no fact');
    await expect.poll(() => gap.locator('.fact-span').count()).toBe(0);
    const look = await gap.evaluate((el) => getComputedStyle(el).textDecorationStyle);
    expect(look).toBe('dotted');
    noProblems(app);
  });
});

describe('fact table', () => {
  it('lists every event and relation, each row named for a screen reader', async () => {
    app = await openApp('', { width: 1366, height: 768 });
    const { page } = app;
    await openTab(page, 'Fact table');
    await expect.poll(() => page.locator('.fact-table tbody tr[data-id]').count()).toBe(35);
    await expect.poll(() => page.getByTestId('fact-count').textContent()).toBe('35 of 35 facts');
    const row = page.getByRole('row', { name: 'Statement: Karim Valiyev and İsmail Günaydın, Baku, Tuesday', exact: true });
    await expect.poll(() => row.getAttribute('data-id')).toBe('military-intelligence-emphasis');
    await expect.poll(() => page.locator('.fact-table caption').textContent()).toContain('Fact table');
    // The 380px column holds the table without sideways scrolling.
    const scroll = await page.locator('.fact-table-scroll').evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth }));
    expect(scroll.sw).toBeLessThanOrEqual(scroll.cw);
    noProblems(app);
  });

  it('selecting a row selects its element in the graph and keeps the table open', async () => {
    app = await openApp('', { width: 1366, height: 768 });
    const { page } = app;
    await openTab(page, 'Fact table');
    const row = page.getByRole('row', { name: 'Statement: Karim Valiyev and İsmail Günaydın, Baku, Tuesday', exact: true });
    await row.click();
    await expect.poll(() => state(page)).toEqual({ selectedId: 'military-intelligence-emphasis', panel: 'table' });
    await expect.poll(() => chosenInGraph(page, 'military-intelligence-emphasis')).toBe(true);
    await expect.poll(() => row.getAttribute('aria-selected')).toBe('true');
    // A relation row selects its edge.
    await page.getByRole('row', { name: 'Aran News cites Fars News Agency', exact: true }).click();
    await expect.poll(() => chosenInGraph(page, 'aran-news-cites-fars')).toBe(true);
    await expect.poll(() => row.getAttribute('aria-selected')).toBe('false');
    noProblems(app);
  });

  it('is driven by the keyboard: one tab stop, arrows, Home/End, Enter selects', async () => {
    app = await openApp('', { width: 1366, height: 768 });
    const { page } = app;
    await openTab(page, 'Fact table');
    const body = page.locator('.fact-table tbody');
    await expect.poll(() => body.locator('tr[tabindex="0"]').count()).toBe(1);
    await body.locator('tr[tabindex="0"]').focus();
    const focusedId = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id);
    const ids = await body.locator('tr[data-id]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.id));
    await expect.poll(() => focusedId()).toBe(ids[0]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedId()).toBe(ids[2]);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focusedId()).toBe(ids[1]);
    await page.keyboard.press('End');
    await expect.poll(() => focusedId()).toBe(ids[ids.length - 1]);
    await page.keyboard.press('Home');
    await expect.poll(() => focusedId()).toBe(ids[0]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => state(page)).toEqual({ selectedId: ids[1], panel: 'table' });
    await expect.poll(() => chosenInGraph(page, ids[1]!)).toBe(true);
    await expect.poll(() => body.locator('tr[tabindex="0"]').getAttribute('data-id')).toBe(ids[1]);
    noProblems(app);
  });

  it('sorts by a column, searches in either script, and follows the graph’s filters', async () => {
    app = await openApp('', { width: 1366, height: 768 });
    const { page } = app;
    await openTab(page, 'Fact table');
    const factHeader = page.locator('.fact-table th').nth(1);
    await factHeader.getByRole('button').click();
    await expect.poll(() => factHeader.getAttribute('aria-sort')).toBe('ascending');
    const labels = () => page.locator('.fact-table tbody tr[data-id] .fact-label').allTextContents();
    const sorted = [...rows.map((r) => r.label)].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true }));
    await expect.poll(() => labels()).toEqual(sorted);
    await factHeader.getByRole('button').click();
    await expect.poll(() => factHeader.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => labels()).toEqual([...sorted].reverse());

    const search = page.getByRole('searchbox', { name: 'Search facts' });
    await search.fill('Gunaydin');
    await expect.poll(() => page.locator('.fact-table tbody tr[data-id="gunaydin-leads-intelligence"]').count()).toBe(1);
    await expect.poll(() => page.locator('.fact-table tbody tr[data-id="second-karabakh-war"]').count()).toBe(0);
    await search.fill('گفت\u200cوگو');
    await expect.poll(() => page.locator('.fact-table tbody tr[data-id="baku-intelligence-meeting"]').count()).toBe(1);
    await search.fill('');

    await page.locator('[data-country="pakistan"] input').check();
    const expected = visibleRows(rows, computeVisibility(model, { ...EMPTY_FILTERS, countries: ['pakistan'] }, NO_TIME_FILTER)).map((r) => r.id).sort();
    await expect
      .poll(async () => (await page.locator('.fact-table tbody tr[data-id]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.id))).sort())
      .toEqual(expected);
    await expect.poll(() => page.getByTestId('fact-count').textContent()).toBe(`${expected.length} of 35 facts`);
    noProblems(app);
  });
});

// axe-core runs in the page through page.evaluate (the DevTools protocol), which the app's
// Content-Security-Policy (script-src 'self') does not govern, so the CSP stays on and any
// violation the app itself causes is still reported. No bypassCSP is needed.
describe('accessibility (axe-core)', () => {
  it('the article and the fact table panels have no serious or critical violations', async () => {
    app = await openApp('', { width: 1366, height: 768 });
    const { page } = app;
    await openTab(page, 'Article');
    await page.evaluate(() => window.kavosh!.store.getState().select('karim-valiyev'));
    await page.getByRole('tab', { name: 'Article' }).click();
    const inArticle = serious(await axeScan(page, '.side'));
    expect(inArticle, describeViolations(inArticle)).toEqual([]);
    await openTab(page, 'Fact table');
    const table = serious(await axeScan(page, '.side'));
    expect(table, describeViolations(table)).toEqual([]);
    noProblems(app);
  });

  it('the whole page, with the article and then the fact table open, has no serious or critical violations', async () => {
    app = await openApp('', { width: 1366, height: 768 });
    const { page } = app;
    const found: AxeViolation[] = [];
    for (const tab of ['Article', 'Fact table'] as const) {
      await openTab(page, tab);
      found.push(...serious(await axeScan(page)).map((v) => ({ ...v, id: `${v.id} [${tab} open]` })));
    }
    expect(found, describeViolations(found)).toEqual([]);
    noProblems(app);
  });
});
