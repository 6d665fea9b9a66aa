// The curation workbench opened on a long made-up article, in Chromium: the setup shared by the
// typing bench (curation-typing.ts) and its profile (curation-profile.ts). `--dist DIR` serves
// another build than dist/ (to run an old and a new build alternately, or an unminified one for a
// readable profile: `npx vite build --minify false --outDir DIR`).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { preview } from 'vite';

export const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
export const argText = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};

/** A made-up Persian article of `chars` UTF-16 units: the test fixture repeated. */
export function longArticle(chars: number): string {
  const unit = readFileSync('tests/fixtures/curation-article/article.txt', 'utf8');
  return unit.repeat(Math.ceil(chars / unit.length) + 1).slice(0, chars);
}

/** A preview server for a build directory (dist/ unless told). */
export async function serve(outDir = 'dist') {
  const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, build: { outDir }, logLevel: 'warn' });
  return { url: server.resolvedUrls?.local[0] ?? '', close: () => server.close() };
}

export async function launch(): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'kavosh-bench-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, cdp: await context.newCDPSession(page) };
}

/**
 * Opens the workbench with a valid document (so the draft is merged into the workspace as a
 * person's is) holding `text`; returns how many suggestions it shows.
 */
export async function openWorkbench(page: Page, url: string, text: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.graphReady === 'true');
  await page.getByTestId('curate-open').click();
  await page.getByTestId('curate-new').click();
  await page.locator('[name="title-fa"]').fill('آزمون');
  await page.locator('[name="title-en"]').fill('Bench');
  await page.locator('[name="outlet-fa"]').fill('نمونه');
  await page.locator('[name="outlet-en"]').fill('Sample');
  await page.locator('[name="value"]').fill('2024-01-10');
  await page.locator('textarea[name="text"]').fill(text);
  await page.getByTestId('curate-reading').waitFor();
  await page.evaluate('window.kavosh.settled()');
  return page.locator('.curate-sugg').count();
}

/** `keys` presses of `key`: as fast as they go, or at a person's pace (a key every 100 ms, a 0.8 s pause after every ten). */
export const press = (page: Page, key: string, keys: number, paced: boolean) => async () => {
  for (let i = 0; i < keys; i++) {
    await page.keyboard.press(key);
    if (paced) await page.waitForTimeout(i % 10 === 9 ? 800 : 100);
  }
};
