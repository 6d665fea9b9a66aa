// `npx tsx scripts/bench/profile.ts [SIZE] [APP_DIR] [OUT]`: one page load of a bench corpus under
// Chrome's CPU profiler (CDP), from navigation to the first painted graph, then one filter change and one selection.
// Prints the `kavosh:` marks and the top functions by self time (and GC), and writes the
// .cpuprofile (open it in Chrome DevTools). For a readable profile build the app unminified:
// `npx vite build --minify false --outDir bench-data/app-prof`. A tool, not a test.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './browser';
import { ensureCorpus } from './generate';
import { pageUrl } from './measure';
import { serveStatic } from './server';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const keyOf = ({ callFrame: { functionName, url, lineNumber } }: ProfileNode) => {
  const file = url.split('/').pop() ?? '';
  return `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
};

/** Self and total (inclusive, each stack counted once) time per function (name + file:line), ms. */
export function times(profile: Profile): Array<{ fn: string; self: number; total: number }> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    self.set(keyOf(node), (self.get(keyOf(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = keyOf(byId.get(at) as ProfileNode);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + ms);
    }
  });
  return [...total].map(([fn, t]) => ({ fn, self: self.get(fn) ?? 0, total: t }));
}

async function main() {
  const size = process.argv[2] ?? '100k';
  const appDir = process.argv[3] ?? join('bench-data', 'app-prof');
  const out = process.argv[4] ?? join('bench-results', `profile-${size}.cpuprofile`);
  ensureCorpus('bench-data', size);
  const server = await serveStatic(appDir, 'bench-data');
  const { context, page } = await launch();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
    await cdp.send('Profiler.start');
    await page.goto(pageUrl(server.url, size, 'kavosh'));
    await page.waitForFunction(() => document.body.dataset.graphReady === 'true' || document.body.dataset.graphError, undefined, { timeout: 600_000, polling: 200 });
    const marks = (await page.evaluate(() =>
      performance.getEntriesByType('mark').filter((m) => m.name.startsWith('kavosh:')).map((m) => [m.name, Math.round(m.startTime)]),
    )) as Array<[string, number]>;
    const { profile: load } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    await page.waitForTimeout(1000);
    const info = (await page.evaluate('__bench.describe()')) as { eventKind: string };
    await cdp.send('Profiler.start');
    const filterMs = (await page.evaluate(`__bench.timeChange('filter', ${JSON.stringify(info.eventKind)}, 600000)`)) as number;
    const { profile: filter } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const { picks } = (await page.evaluate('__bench.describe()')) as { picks: string[] };
    await cdp.send('Profiler.start');
    const selectionMs = (await page.evaluate(`__bench.timeSelection(${JSON.stringify(picks[0])}, 600000)`)) as number;
    const { profile: selection } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    writeFileSync(out, JSON.stringify(load));
    writeFileSync(out.replace(/\.cpuprofile$/, '-filter.cpuprofile'), JSON.stringify(filter));
    writeFileSync(out.replace(/\.cpuprofile$/, '-selection.cpuprofile'), JSON.stringify(selection));
    console.log('marks:', marks.map(([n, t]) => `${n.slice(7)} ${t}`).join(', '));
    const print = (title: string, p: Profile) => {
      const rows = times(p);
      const sampled = rows.reduce((s, r) => s + r.self, 0);
      console.log(`\n${title}: ${Math.round(sampled)} ms sampled. By self time:`);
      for (const r of [...rows].sort((a, b) => b.self - a.self).slice(0, 30)) console.log(`${r.self.toFixed(0).padStart(8)} ms  ${r.fn}`);
      console.log('By total time:');
      for (const r of [...rows].sort((a, b) => b.total - a.total).slice(0, 50)) console.log(`${r.total.toFixed(0).padStart(8)} ms  ${r.fn}`);
    };
    print('first graph (navigation → graph ready)', load);
    print(`filter (${Math.round(filterMs)} ms to its painted frame)`, filter);
    print(`selection (${Math.round(selectionMs)} ms to its painted details)`, selection);
  } finally {
    await context.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
