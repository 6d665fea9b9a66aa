// A large corpus opened without cached positions (as an import would be): a draft picture comes
// at once, the refinement shows its progress, and "Stop refining" keeps the picture on screen.
// The 10k synthetic corpus is served with the built app by the bench's static server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppPage } from './browser';
import { ensureCorpus } from '../../scripts/bench/generate';
import { serveStatic, type StaticServer } from '../../scripts/bench/server';

describe('uncached large graph layout in Chromium', () => {
  let server: StaticServer | undefined;
  let root = '';
  let app: AppPage | undefined;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'kavosh-draft-'));
    ensureCorpus(root, '10k');
    server = await serveStatic('dist', root);
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });
  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('paints a draft, shows refinement progress in both languages, and Stop keeps the picture', async () => {
    app = await openApp('', undefined, { waitForGraph: false });
    const { page } = app;
    await page.goto(`${server!.url}?data=bench-data/10k/`);
    // The draft: a painted graph whose nodes stand apart (not all at the origin), before the layout is done.
    await page.waitForFunction(() => document.body.dataset.graphReady === 'true', undefined, { timeout: 180_000 });
    const spread = await page.evaluate(() => {
      const xs = new Set(window.kavosh!.cy!.nodes().map((n) => Math.round(n.position('x'))));
      return xs.size;
    });
    expect(spread).toBeGreaterThan(1000);
    expect(await page.evaluate(() => performance.getEntriesByName('kavosh:layout-draft', 'mark').length)).toBe(1);

    const status = page.getByTestId('layout-progress');
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/Refining the layout of [\d,]+ nodes… \d+%/);
    await page.evaluate(() => window.kavosh!.store.getState().setLang('fa'));
    await expect.poll(() => status.textContent()).toMatch(/در حال بهبود چیدمان/);
    const stop = page.getByRole('button', { name: 'توقف بهبود چیدمان و نگه داشتن تصویر کنونی' });
    const before = await page.evaluate(() => window.kavosh!.cy!.nodes().map((n) => n.position('x')).slice(0, 50));
    await stop.click();
    await expect.poll(() => status.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('kavosh:layout-done', 'mark').length)).toBe(1);
    // Stopped: the nodes stay where the last picture put them.
    const after = await page.evaluate(() => window.kavosh!.cy!.nodes().map((n) => n.position('x')).slice(0, 50));
    expect(after.every(Number.isFinite)).toBe(true);
    expect(new Set(after.map(Math.round)).size).toBeGreaterThan(10);
    expect(before.length).toBe(after.length);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  }, 300_000);
});
