// `npx tsx scripts/dev/measure-legibility.ts [OUTDIR]`: serves dist/ and prints, for the four
// views of issue 14, the legibility figures the e2e test asserts, with a screenshot of each.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { readGraph, summarise, waitForSettledFit } from '../../tests/e2e/legibility';

const outDir = process.argv[2] ?? 'test-output';
mkdirSync(outDir, { recursive: true });
const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
const url = server.resolvedUrls?.local[0] ?? '';
const views = [[1440, 900, 'en'], [1366, 768, 'en'], [1366, 768, 'fa'], [1920, 1080, 'fa']] as const;
for (const [w, h, lang] of views) {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'kavosh-leg-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: w, height: h },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && console.log(`console ${m.type()}: ${m.text()}`));
  await page.goto(`${url}?lang=${lang}${process.env.Q ?? ''}`);
  await page.waitForFunction(() => document.body.dataset.graphReady === 'true', undefined, { timeout: 90_000 });
  await waitForSettledFit(page);
  const r = await readGraph(page);
  console.log(summarise(`${w}×${h} ${lang}`, r));
  const bad = r.nodes.filter((n) => n.px < 10 || !n.inside || n.coveredBy);
  if (bad.length) console.log('   ', bad.map((n) => `${n.id}:${n.px.toFixed(1)}${n.inside ? '' : ':out'}${n.coveredBy ? `:${n.coveredBy}` : ''}`).join(' '));
  if (r.overlaps.length) console.log('    overlaps', r.overlaps.map((p) => p.join('/')).join(' '));
  await page.screenshot({ path: join(outDir, `measure-${w}x${h}-${lang}.png`) });
  await context.close();
}
await server.close();
