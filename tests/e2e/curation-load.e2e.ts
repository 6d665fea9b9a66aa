// The workbench while its draft is read back from IndexedDB, in Chromium: a clear loading state
// (both languages, axe clean) instead of a blank dialog, held open by the test until it lets the
// read finish (never a race); and an error state when the browser refuses the drafts database.
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppPage } from './browser';
import { seriousViolations } from './curation-helpers';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const SHOTS = process.env.KAVOSH_SHOTS;

describe('reading the draft back', () => {
  it('shows a loading state until the drafts database answers, in English and Persian', async () => {
    app = await openApp('', undefined, {
      // The drafts database's open request answers only when the test says so.
      initScript: () => {
        const w = window as unknown as { draftsHeld: Promise<void>; releaseDrafts: () => void };
        w.draftsHeld = new Promise<void>((resolve) => {
          w.releaseDrafts = resolve;
        });
        const open = IDBFactory.prototype.open;
        IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
          const request = open.call(this, name, version);
          if (name !== 'kavosh-drafts') return request;
          return new Proxy(request, {
            get(target, prop) {
              if (prop === 'addEventListener')
                return (type: string, fn: (e: Event) => void, opts?: AddEventListenerOptions) =>
                  target.addEventListener(type, type === 'success' ? (e: Event) => void w.draftsHeld.then(() => fn(e)) : fn, opts);
              const value = (target as unknown as Record<string | symbol, unknown>)[prop];
              return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
            },
            set(target, prop, value) {
              (target as unknown as Record<string | symbol, unknown>)[prop] = value;
              return true;
            },
          });
        };
      },
    });
    const { page } = app;
    await page.getByTestId('curate-open').click();
    const loading = page.getByTestId('curate-loading');
    await loading.waitFor();
    expect(await loading.textContent()).toBe('Restoring your draft from this browser’s storage…');
    expect(await loading.getAttribute('role')).toBe('status');
    expect(await page.getByTestId('curate-new').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/loading-en.png` });
    await page.getByTestId('curate-lang').click();
    await expect.poll(() => loading.textContent()).toBe('بازیابی پیش‌نویس شما از حافظهٔ این مرورگر…');
    expect(await seriousViolations(page)).toEqual([]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/loading-fa.png` });
    // Let the read finish: the loading state gives way to the workbench.
    await page.evaluate(() => (window as unknown as { releaseDrafts: () => void }).releaseDrafts());
    await page.getByTestId('curate-new').waitFor();
    expect(await loading.count()).toBe(0);
    expect(await page.getByTestId('curate-load-error').count()).toBe(0);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('says so when the drafts database cannot be read, and offers to try again', async () => {
    app = await openApp('', undefined, {
      initScript: () => {
        const open = IDBFactory.prototype.open;
        IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
          if (name === 'kavosh-drafts') throw new DOMException('refused for this test', 'SecurityError');
          return open.call(this, name, version);
        };
      },
    });
    const { page } = app;
    await page.getByTestId('curate-open').click();
    const problem = page.getByTestId('curate-load-error');
    await problem.waitFor();
    expect(await problem.getAttribute('role')).toBe('alert');
    expect(await problem.locator('p').textContent()).toContain('could not be read from this browser’s storage (\u2068refused for this test\u2069)');
    expect(await problem.getByRole('button', { name: 'Try again (reload)' }).count()).toBe(1);
    expect(await page.getByTestId('curate-loading').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('curate-lang').click();
    await expect.poll(() => problem.locator('p').textContent()).toContain('پیش‌نویس ذخیره‌شدهٔ شما از حافظهٔ این مرورگر خوانده نشد');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/load-error-fa.png` });
  });
});
