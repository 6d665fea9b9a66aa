// `npx tsx scripts/screenshot-curation.ts [OUTDIR]`: serves dist/ and saves screenshots of the
// curation workbench in English and Persian at 1400×900: the filled document form with the pasted
// made-up fixture, the event form made from a selection, and the graph with the new event.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';

const outDir = process.argv[2] ?? 'screenshots';
mkdirSync(outDir, { recursive: true });
const TEXT = readFileSync('tests/fixtures/curation-article/article.txt', 'utf8');
const SENTENCE = 'هیئتی از ترکیه روز ۱۸ دی ماه در باکو با مقام‌های آذربایجان دیدار کرد.';
const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
const url = server.resolvedUrls?.local[0] ?? '';

async function fill(page: Page, name: string, value: string) {
  await page.locator(`[name="${name}"]`).first().fill(value);
}

for (const lang of ['en', 'fa'] as const) {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'kavosh-shot-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && console.log(`console ${m.type()}: ${m.text()}`));
  await page.goto(`${url}?lang=${lang}`);
  await page.waitForFunction(() => document.body.dataset.graphReady === 'true');
  await page.getByTestId('curate-open').click();
  await page.getByTestId('curate-new').click();
  await fill(page, 'title-fa', 'خبر ساختگی آزمون: دیدار در باکو');
  await fill(page, 'title-en', 'Made-up test article: a meeting in Baku');
  await fill(page, 'outlet-fa', 'خبرگزاری ساختگی نمونه');
  await page.locator('textarea[name="text"]').fill(TEXT);
  await page.screenshot({ path: join(outDir, `curate-${lang}-1-document.png`) });
  await fill(page, 'outlet-en', 'Sample News (made up)');
  await fill(page, 'value', '2024-01-10');
  for (const id of ['turkey', 'azerbaijan']) {
    await page.locator(`[data-key^="mention:${id}"] .curate-sugg, [data-key*="${id}"] .curate-sugg`).first().click();
  }
  const start = TEXT.indexOf(SENTENCE);
  // A string, not a function: tsx would wrap named helpers in `__name`, unknown in the page.
  await page.evaluate(`(() => {
    const root = document.querySelector('[data-testid="curate-reading"]');
    const spans = [...root.querySelectorAll('[data-s]')];
    const point = (o) => { const span = spans.filter((s) => Number(s.dataset.s) <= o).at(-1); return [span.firstChild, o - Number(span.dataset.s)]; };
    const range = document.createRange();
    range.setStart(...point(${start}));
    range.setEnd(...point(${start + SENTENCE.length}));
    window.getSelection().removeAllRanges();
    window.getSelection().addRange(range);
    root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  })()`);
  await page.keyboard.press('v');
  await page.getByTestId('curate-event-form').waitFor();
  await fill(page, 'label-fa', 'دیدار هیئت ترکیه با مقام‌های آذربایجان در باکو');
  await fill(page, 'label-en', 'Turkish delegation meets Azerbaijani officials in Baku');
  await page.screenshot({ path: join(outDir, `curate-${lang}-2-event-form.png`) });
  await fill(page, 'short-en', 'Baku border talks');
  await fill(page, 'short-fa', 'گفت‌وگوی مرزی باکو');
  await fill(page, 'translation', 'A Turkish delegation met Azerbaijani officials in Baku on 18 Dey.');
  await page.getByTestId('curate-event-form').locator('button[type="submit"]').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="curate-status"]')?.className === 'curate-ok');
  await page.screenshot({ path: join(outDir, `curate-${lang}-3-valid.png`) });
  await page.evaluate(() => window.kavosh!.settled());
  await page.locator('.curate-close').click();
  await page.evaluate(() => window.kavosh!.store.getState().select('turkish-delegation-meets-azerbaijani-officials-in-baku'));
  await page.evaluate(() => window.kavosh!.settled());
  await page.screenshot({ path: join(outDir, `curate-${lang}-4-graph.png`) });
  await context.close();
}
await server.close();
