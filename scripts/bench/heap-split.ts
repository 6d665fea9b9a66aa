// `npx tsx scripts/bench/heap-split.ts [SIZE] [APP_DIR]`: where the heap of a bench corpus goes
// (default 100k, app built into `dist`). Reads the JS heap after a forced GC three times:
//   first paint   the graph painted by the overview, before the idle style warm-up (warmup.ts)
//   session       after the bench's selections and pan (the warm-up done: every element has
//                 its Cytoscape style, label sizes, edge geometry and bounding boxes cached)
//   no elements   the same page once every Cytoscape element is removed
// and prints each per element, with the two differences: what the warm-up adds, and what
// Cytoscape's elements hold (session − no elements, a lower bound: anything else still
// referencing a removed element keeps it). The rest is the app: data, model, overview arrays,
// code. A tool, not a test; heap figures hardly move with the machine's load.
import { launch } from './browser';
import { ensureCorpus } from './generate';
import { pageUrl, panAndZoom } from './measure';
import { serveStatic } from './server';

interface Described {
  picks: string[];
  nodes: number;
  edges: number;
}

async function main() {
  const size = process.argv[2] ?? '100k';
  const appDir = process.argv[3] ?? 'dist';
  if (size !== 'article') ensureCorpus('bench-data', size);
  const server = await serveStatic(appDir, 'bench-data');
  const { context, page } = await launch();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const heapMb = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1048576;
    };
    await page.goto(pageUrl(server.url, size, 'kavosh'));
    await page.waitForFunction(() => document.body.dataset.graphReady === 'true', undefined, { timeout: 600_000, polling: 100 });
    const info = (await page.evaluate('__bench.describe()')) as Described;
    const count = info.nodes + info.edges;
    const firstPaint = await heapMb();
    await page.evaluate('window.kavosh.settled(600000)');
    for (const id of info.picks.slice(0, 3)) await page.evaluate(`__bench.timeSelection(${JSON.stringify(id)}, 600000)`);
    await page.evaluate('__bench.select(null)');
    await panAndZoom(page);
    await page.evaluate('window.kavosh.settled(600000)');
    const session = await heapMb();
    await page.evaluate('window.kavosh.cy.elements().remove()');
    const noElements = await heapMb();
    const row = (label: string, mb: number) => console.log(`${label.padEnd(44)} ${mb.toFixed(1).padStart(7)} MB  ${((mb * 1024) / count).toFixed(2).padStart(6)} KB per element`);
    console.log(`${size}: ${count} elements (${info.nodes} nodes, ${info.edges} edges)`);
    row('first paint (before the style warm-up)', firstPaint);
    row('session (warm-up done, after operations)', session);
    row('no Cytoscape elements', noElements);
    row('· added by the warm-up', session - firstPaint);
    row('· held by Cytoscape elements (at least)', session - noElements);
  } finally {
    await context.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
