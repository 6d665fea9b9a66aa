// A large corpus opened without cached positions (as an import would be): a draft picture comes
// at once, the refinement shows its progress, and "Stop refining" keeps the picture on screen.
// The 10k synthetic corpus is served with the built app by the bench's static server.
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppPage } from './browser';
import { serveCorpus } from './corpusServer';

describe('uncached large graph layout in Chromium', () => {
  const corpus = serveCorpus('10k');
  let app: AppPage | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('paints a draft, shows refinement progress in both languages, and Stop keeps the picture', async () => {
    app = await openApp('', undefined, { waitForGraph: false, ownPage: true }); // addInitScript below
    const { page } = app;
    // Hold the page's "go on refining" messages to the layout worker, so the refinement cannot
    // finish before the test presses Stop (on a busy machine it might, or might not, otherwise).
    await page.addInitScript(() => {
      const send = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
        if (message === 'continue') return;
        return (send as (...args: unknown[]) => void).call(this, message, ...rest);
      } as Worker['postMessage'];
    });
    await page.goto(`${corpus.url()}?data=bench-data/10k/`);
    // The draft: a painted graph whose nodes stand apart (not all at the origin), before the layout is done.
    await page.waitForFunction(() => document.body.dataset.graphReady === 'true', undefined, { timeout: 180_000 });
    const draft = await page.evaluate(() => window.kavosh!.cy!.nodes().map((n) => [n.id(), n.position('x'), n.position('y')] as const));
    expect(new Set(draft.map(([, x]) => Math.round(x))).size).toBeGreaterThan(1000);
    expect(await page.evaluate(() => performance.getEntriesByName('kavosh:layout-draft', 'mark').length)).toBe(1);
    expect(await page.evaluate(() => performance.getEntriesByName('kavosh:layout-done', 'mark').length)).toBe(0);

    const status = page.getByTestId('layout-progress');
    await expect.poll(() => status.textContent()).toMatch(/Refining the layout of 4000 nodes… 0%/);
    await page.evaluate(() => window.kavosh!.store.getState().setLang('fa'));
    await expect.poll(() => status.textContent()).toMatch(/در حال بهبود چیدمان ۴۰۰۰ گره… ۰٪/);
    await page.getByRole('button', { name: 'توقف بهبود چیدمان و نگه داشتن تصویر کنونی' }).click();
    await expect.poll(() => status.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('kavosh:layout-done', 'mark').length)).toBe(1);
    // Stopped: every node stays where the draft put it.
    const after = await page.evaluate(() => window.kavosh!.cy!.nodes().map((n) => [n.id(), n.position('x'), n.position('y')] as const));
    expect(after).toEqual(draft);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  }, 300_000);
});
