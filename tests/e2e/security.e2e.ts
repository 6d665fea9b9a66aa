import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openApp, waitForGraph, type AppPage } from './browser';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('Content Security Policy', () => {
  it('the built page declares script-src self and names no remote origin', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const csp = (/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '').replaceAll('&#39;', "'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('blocks an injected inline script, and the browser reports the violation', async () => {
    app = await openApp('', undefined, { ownPage: true }); // exposeFunction outlives navigations
    const violations: string[] = [];
    await app.page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await app.page.evaluate(() => {
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation(v: string): void }).reportViolation(e.violatedDirective));
      const s = document.createElement('script');
      s.textContent = 'window.kavoshPwned = 1';
      document.head.append(s);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(violations[0]).toMatch(/script-src/);
    expect(await app.page.evaluate(() => (window as unknown as { kavoshPwned?: number }).kavoshPwned)).toBeUndefined();
    // The harness logs violations as console errors: this one was ours, nothing else was.
    const others = app.problems.filter((p) => !p.includes('CSP violation: script-src') && !p.includes('Executing inline script violates'));
    expect(others, app.problems.join('\n')).toEqual([]);
  });

  it('loads nothing from any origin but its own', async () => {
    const base = new URL(inject('baseUrl'));
    app = await openApp('', undefined, { waitForGraph: false });
    const requests: string[] = [];
    app.page.on('request', (r) => requests.push(r.url()));
    await app.page.reload();
    await waitForGraph(app.page);
    expect(requests.length).toBeGreaterThan(0);
    for (const url of requests) if (!url.startsWith('data:')) expect(new URL(url).origin).toBe(base.origin);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });
});
