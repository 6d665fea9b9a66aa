// Keys typed in the workbench's document fields are written to the drafts database together
// (draftStore.ts: at a pause, within a second, and at once when the page is left or hidden), not
// one write per key. Nothing typed is lost by that: a reload straight after the last key, before
// any pause, resumes with every key, and a hidden page has written its keys.
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppPage } from './browser';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The draft as the drafts database holds it now (not as the page shows it). */
const storedTitle = (opened: AppPage) =>
  opened.page.evaluate(
    () =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('kavosh-drafts');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('drafts').objectStore('drafts').get('current');
          get.onsuccess = () => {
            open.result.close();
            resolve((get.result as { draft?: { document?: { title?: { fa?: string } } } } | undefined)?.draft?.document?.title?.fa ?? null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );

describe('typing in the workbench', () => {
  it('keeps every key typed in a field through a reload straight after the last one', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByTestId('curate-open').click();
    await page.getByTestId('curate-new').click();
    const title = page.locator('.curate-document').getByLabel('Title (Persian)');
    await title.focus();
    await page.keyboard.type('خبر');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('ری آزمون');
    expect(await title.inputValue()).toBe('خبری آزمون');
    // The last key (an input event, as a key makes) and the reload in one turn of the page: no
    // pause's write can come between them, only what leaving the page writes.
    await Promise.all([
      page.waitForEvent('framenavigated'),
      page.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('[name="title-fa"]');
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        if (!input || !setValue) throw new Error('no title field');
        setValue.call(input, `${input.value}!`);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        setTimeout(() => location.reload(), 0);
      }),
    ]);
    await page.getByTestId('curate').waitFor();
    await expect.poll(() => page.locator('.curate-document').getByLabel('Title (Persian)').inputValue()).toBe('خبری آزمون!');
    expect(await storedTitle(app)).toBe('خبری آزمون!');
  });

  it('writes the keys at once when the page is hidden', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByTestId('curate-open').click();
    await page.getByTestId('curate-new').click();
    await expect.poll(() => storedTitle(app!)).toBe('');
    const title = page.locator('.curate-document').getByLabel('Title (Persian)');
    await title.focus();
    await page.keyboard.type('آزمون');
    // Hidden (another tab, a phone's home screen): the page may be killed unseen, so it writes
    // now. The read below is queued after that write (IndexedDB orders a read after a write begun
    // before it), in the same turn as the event, so it does not wait for the pause's write.
    const stored = await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
      return new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('kavosh-drafts');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('drafts').objectStore('drafts').get('current');
          get.onsuccess = () => resolve((get.result as { draft: { document: { title: { fa: string } } } }).draft.document.title.fa);
          get.onerror = () => reject(get.error);
        };
      });
    });
    expect(stored).toBe('آزمون');
  });
});
