import { afterEach, describe, expect, it } from 'vitest';
import { expectUrl, openApp, settled, visibleNodeCount, visibleNodeIds, waitForGraph, watch, type AppPage } from './browser';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('shareable links', () => {
  it('a link copied after filtering and selecting reproduces the visible nodes and the selection', async () => {
    app = await openApp();
    await app.page.locator('[data-country="armenia"] input').check();
    await app.page.evaluate(() => window.kavosh!.store.getState().select('second-karabakh-war'));
    await expectUrl(app.page, 's=second-karabakh-war');
    await expectUrl(app.page, 'c=armenia');
    await settled(app.page);
    const url = app.page.url();
    const visible = await visibleNodeIds(app.page);

    const second = await app.context.newPage();
    const problems: string[] = [];
    watch(second, problems);
    await second.goto(url);
    await waitForGraph(second);
    await expect.poll(() => visibleNodeIds(second)).toEqual(visible);
    await expect.poll(() => second.evaluate(() => window.kavosh!.store.getState().selectedId)).toBe('second-karabakh-war');
    await expect.poll(() => second.locator('#details-title').textContent()).toContain('Karabakh');
    expect(problems, problems.join('\n')).toEqual([]);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('back and forward step through views', async () => {
    app = await openApp();
    const all = await visibleNodeCount(app.page);
    await app.page.locator('[data-country="pakistan"] input').check();
    await expectUrl(app.page, 'c=pakistan');
    await expect.poll(async () => (await visibleNodeIds(app!.page)).length).toBeLessThan(all);
    const filtered = await visibleNodeCount(app.page);
    await app.page.goBack();
    await expect.poll(async () => (await visibleNodeIds(app!.page)).length).toBe(all);
    await app.page.goForward();
    await expect.poll(async () => (await visibleNodeIds(app!.page)).length).toBe(filtered);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('a hostile link does not break the app, and the user is told what was ignored', async () => {
    app = await openApp('?c=%3Cscript%3Ealert(1)%3C/script%3E,turkey&t=never&s=%E2%80%AEevil&l=x&p=%00');
    await app.page.getByRole('status').filter({ hasText: 'ignored' }).waitFor();
    await expect.poll(() => app!.page.evaluate(() => window.kavosh!.store.getState().filters.countries)).toEqual(['turkey']);
    expect(await app.page.locator('script').evaluateAll((els) => els.every((e) => !e.textContent?.includes('alert')))).toBe(true);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });
});

describe('Persian interface', () => {
  it('switching to Persian makes the document right to left and the node labels Persian', async () => {
    app = await openApp();
    await app.page.getByRole('button', { name: 'Switch the interface to Persian' }).click();
    await expect.poll(() => app!.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expect.poll(() => app!.page.evaluate(() => document.documentElement.lang)).toBe('fa');
    await expect.poll(() => app!.page.evaluate(() => window.kavosh!.cy!.getElementById('turkey').style('label'))).toBe('ترکیه');
    // Counts use Persian digits.
    await expect.poll(() => app!.page.locator('[data-country="turkey"] .count').textContent()).toMatch(/^[۰-۹]+$/);
    await expectUrl(app.page, 'lang=fa');
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('follows the browser preference on the first visit', async () => {
    app = await openApp('', undefined, { locale: 'fa-IR' });
    await expect.poll(() => app!.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });
});
