// `npx tsx scripts/bench/ab.ts app-old,app-new,app-new,app-old [SIZE]`: builds compared on one
// corpus in the order given (interleave them, ABBA, on a shared machine so load drift falls on
// both). Each name is a build under bench-data/ (`npx vite build --outDir bench-data/app-old` from
// an older checkout). Per load: the `kavosh:` marks, four filter changes and three selections, and
// the load average. A tool, not a test.
import { loadavg } from 'node:os';
import { launch } from './browser';
import { ensureCorpus } from './generate';
import { pageUrl } from './measure';
import { serveStatic } from './server';
const server = await serveStatic('bench-data', 'bench-data');
const size = process.argv[3] ?? '100k';
ensureCorpus('bench-data', size);
for (const app of (process.argv[2] ?? 'app-old,app-new,app-new,app-old').split(',')) {
  const { context, page } = await launch();
  const base = `${server.url}${app}/`;
  const url = pageUrl(base, size, 'kavosh').replace('data=bench-data/', 'data=/bench-data/');
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.graphReady === 'true' || document.body.dataset.graphError, undefined, { timeout: 600_000, polling: 200 });
  const first = await page.evaluate(() => performance.getEntriesByName('kavosh:graph-painted', 'mark')[0]?.startTime);
  const { picks, eventKind } = (await page.evaluate('__bench.describe()')) as { picks: string[]; eventKind: string };
  const marks = (await page.evaluate(() => ['fetch-start','fetch-end','validated','graph-created','graph-painted'].map((n) => Math.round(performance.getEntriesByName('kavosh:' + n, 'mark')[0]?.startTime ?? NaN)))) as number[];
  const filt: number[] = [];
  for (let i = 0; i < 4; i++) filt.push(Math.round((await page.evaluate(`__bench.timeChange('filter', ${JSON.stringify(eventKind)}, 600000)`)) as number));
  const sel: number[] = [];
  for (let i = 0; i < 3; i++) sel.push(Math.round((await page.evaluate(`__bench.timeSelection(${JSON.stringify(picks[i])}, 600000)`)) as number));
  const load = loadavg()[0]?.toFixed(1);
  console.log(app, 'load', load, 'first', Math.round(first ?? NaN), 'marks (fetch-start fetch-end validated graph-created graph-painted)', marks.join(' '), 'filter', filt.join(' '), 'selection', sel.join(' '));
  await context.close();
}
await server.close();
