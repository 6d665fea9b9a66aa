// The first screen's JavaScript budget, in Chromium on the built app: the JS requested before the
// article's graph is painted (by the page's own clock, as `npm run bench` counts it) stays within
// 245 KB gzip in English and in Persian, and what the first paint does not need — the panels and
// the node menu — is fetched right after it, so no click waits for a chunk. (The budget was once
// missed by 3 bytes with nothing noticing until the bench ran.)
import { afterEach, describe, expect, it } from 'vitest';
import { filesFetchedBy, FIRST_SCREEN_JS_MAX, jsBeforePaint, type FileSize } from '../../scripts/bench/bundle';
import { openApp, settled, type AppPage } from './browser';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function firstScreenFiles(query: string): Promise<FileSize[]> {
  app = await openApp(query);
  // Settled: the chunks fetched after the paint have arrived (the settled signal counts them).
  await settled(app.page);
  expect(await app.page.evaluate(() => performance.getEntriesByName('kavosh:graph-painted').length), 'the graph-painted mark').toBe(1);
  expect(app.problems, app.problems.join('\n')).toEqual([]);
  return filesFetchedBy(app.page, 'dist');
}

describe('first screen', () => {
  for (const [lang, query] of [['English', ''], ['Persian', '?lang=fa']] as const) {
    it(`stays within the JavaScript budget, the rest fetched after the paint (${lang})`, async () => {
      const files = await firstScreenFiles(query);
      const before = files.filter((f) => f.before);
      const list = files.map((f) => `${f.file} ${f.gzip} B${f.before ? '' : ' (after)'}`).join('\n');
      expect(before.some((f) => /^assets\/index-.*\.js$/.test(f.file)), list).toBe(true);
      expect(jsBeforePaint(files), list).toBeLessThanOrEqual(FIRST_SCREEN_JS_MAX);
      for (const deferred of ['DetailsPanel', 'NodeMenu', 'Timeline']) {
        const chunk = files.find((f) => f.file.startsWith(`assets/${deferred}-`) && f.file.endsWith('.js'));
        expect(chunk, `${deferred} fetched\n${list}`).toBeDefined();
        expect(chunk?.before, `${deferred} after the paint\n${list}`).toBe(false);
      }
    });
  }
});
