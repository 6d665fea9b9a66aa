// `npx tsx scripts/screenshot.ts [OUTDIR] [QUERY]`: serves dist/ (or KAVOSH_DIST, to compare two builds) and saves screenshots of the app
// at 1400×900, 1366×768 and 1024×768 (with a node selected), for people to look at.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const outDir = process.argv[2] ?? 'screenshots';
const select = process.argv[3] ?? 'karim-valiyev';
const lang = process.argv[4] ?? 'en';
mkdirSync(outDir, { recursive: true });
const server = await preview({ build: { outDir: process.env.KAVOSH_DIST ?? 'dist' }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
const url = server.resolvedUrls?.local[0] ?? '';
for (const [w, h] of [[1400, 900], [1366, 768], [1024, 768]] as const) {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'kavosh-shot-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: w, height: h },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && console.log(`console ${m.type()}: ${m.text()}`));
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.graphReady === 'true');
  await page.evaluate(([id, l]) => {
    const s = window.kavosh!.store.getState();
    if (l === 'fa') s.setLang('fa');
    if (id !== '-') s.select(id as string);
  }, [select, lang]);
  await page.waitForTimeout(600);
  const file = join(outDir, `app-${w}x${h}${lang === 'fa' ? '-fa' : ''}.png`);
  await page.screenshot({ path: file });
  console.log(`wrote ${file}`);
  await context.close();
}
await server.close();
