// The Persian interface speaks Persian: every text node and accessible name on the page, in each
// panel and with a node, an edge and the export menu open, and every label drawn on the canvas,
// is scanned for Latin letters and ASCII digits. Allowed: text marked English (lang="en", e.g. an
// English description shown because no Persian one exists yet, or the language switch), file
// names and extensions, the names of file formats and the programs that read them, and Admiralty
// grade codes (F6) on the grade badge.
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppPage } from './browser';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Latin words the Persian interface may show: formats and programs have no Persian names. */
const ALLOWED = ['PNG', 'SVG', 'JSON', 'CSV', 'GraphML', 'GEXF', 'Gephi', 'yEd'];

/** In-page: "where: text" for each Latin or ASCII-digit run outside marked English. */
function scan(allowed: string[]): string[] {
  const found: string[] = [];
  const fileName = /^\.?[\w-]+(\.[a-z0-9]+)+$|^\.[a-z0-9]+$/i;
  const admiralty = /^[A-F][1-6]$/;
  const check = (el: Element, text: string, where: string) => {
    if (el.closest('[lang]:not([lang="fa"])')) return; // marked as another language
    for (const token of text.split(/[\s()،,:؛«»\u2066-\u2069]+/)) {
      if (!/[A-Za-z0-9]/.test(token)) continue;
      if (allowed.includes(token) || fileName.test(token)) continue;
      // An Admiralty grade (source reliability A–F, information credibility 1–6) is a code, like a
      // file name: allowed only on the grade element itself, whose text and title name it.
      if (admiralty.test(token) && el.closest('abbr.grade[translate="no"]')) continue;
      found.push(`${where}: ${token} (in "${text.trim().slice(0, 60)}")`);
    }
  };
  const where = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement!;
    if (el.closest('script, style, noscript') || !el.checkVisibility()) continue;
    check(el, n.textContent ?? '', where(el));
  }
  for (const el of document.body.querySelectorAll('*')) {
    if (!el.checkVisibility() && !el.closest('.visually-hidden')) continue;
    for (const attr of ['aria-label', 'aria-valuetext', 'aria-roledescription', 'title', 'placeholder', 'alt']) {
      const value = el.getAttribute(attr);
      if (value) check(el, value, `${where(el)}[${attr}]`);
    }
  }
  check(document.documentElement, document.title, 'title');
  return found;
}

/** In-page: Latin runs in the Persian labels drawn on the canvas (nodes and edges). */
function scanCanvas(allowed: string[]): string[] {
  const cy = window.kavosh!.cy!;
  return cy
    .elements()
    .map((el) => `${el.id()}: ${String(el.data('labelFa') ?? '')}`)
    .filter((line) => {
      const label = line.slice(line.indexOf(': ') + 2);
      return label.split(/\s+/).some((w) => /[A-Za-z0-9]/.test(w) && !allowed.includes(w));
    });
}

describe('the Persian interface', () => {
  it('shows no Latin letters or ASCII digits outside marked English, file names and format names', async () => {
    app = await openApp('?lang=fa');
    const { page } = app;
    const problems: string[] = [];
    const look = async (step: string) => {
      for (const p of await page.evaluate(scan, ALLOWED)) problems.push(`${step} — ${p}`);
    };
    await page.locator('.timeline .tl-count').waitFor();
    await look('first screen');
    // A person: the details of an entity (description, connections with their role words).
    await page.evaluate(() => window.kavosh!.store.getState().select('karim-valiyev', true));
    await page.locator('#details-title').waitFor();
    await look('a person selected');
    // A participation edge: its heading names the role.
    const edge = await page.evaluate(() => window.kavosh!.store.getState().model!.edges.find((e) => e.type === 'participation')!.id);
    await page.evaluate((id) => window.kavosh!.store.getState().select(id, true), edge);
    await expect.poll(() => page.locator('#details-title').textContent()).toContain('←');
    await look('an edge selected');
    for (const panel of ['article', 'table'] as const) {
      await page.evaluate((p) => window.kavosh!.store.getState().setPanel(p), panel);
      await page.locator(`#tab-${panel}[aria-selected="true"]`).waitFor();
      await page.locator('#side-panel').getByText(/./).first().waitFor();
      await look(`${panel} panel`);
    }
    await page.getByRole('button', { name: 'خروجی' }).click();
    await page.getByRole('menu').waitFor();
    await look('export menu');
    for (const p of await page.evaluate(scanCanvas, ALLOWED)) problems.push(`canvas — ${p}`);
    expect(problems, problems.join('\n')).toEqual([]);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  }, 150_000); // six looks at the whole page on a shared machine
});
