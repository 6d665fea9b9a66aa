// The harness itself: tests share a tab, so what one test leaves behind must not reach the next.
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppPage } from './browser';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('the shared tab', () => {
  it('gives the next test a new document with empty storage, default media and its own listeners', async () => {
    app = await openApp();
    const first = app.page;
    const before = await first.evaluate(async () => {
      localStorage.setItem('harness-probe', '1');
      sessionStorage.setItem('harness-probe', '1');
      (window as unknown as { harnessProbe: number }).harnessProbe = 1;
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('harness-probe');
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      });
      return performance.timeOrigin;
    });
    await first.emulateMedia({ reducedMotion: 'reduce' });
    expect(await first.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    const firstProblems = app.problems;
    await app.close();

    app = await openApp();
    expect(app.page).toBe(first); // the same tab, or this test proves nothing about sharing it
    const after = await app.page.evaluate(async () => ({
      timeOrigin: performance.timeOrigin,
      probe: (window as unknown as { harnessProbe?: number }).harnessProbe ?? null,
      local: localStorage.getItem('harness-probe'),
      session: sessionStorage.getItem('harness-probe'),
      databases: (await indexedDB.databases()).map((d) => d.name),
      reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
    }));
    expect(after.timeOrigin).toBeGreaterThan(before);
    expect(after).toMatchObject({ probe: null, local: null, session: null, reducedMotion: false });
    expect(after.databases).not.toContain('harness-probe');

    // The earlier test's problem log no longer listens; the new one does.
    await app.page.evaluate(() => console.error('harness probe'));
    await expect.poll(() => app!.problems.length).toBe(1);
    expect(firstProblems).toEqual([]);
  });
});
