// The first screen's weight: the JS, CSS and font files the built-in article fetches until its
// graph is painted (and a moment after), with raw and gzip -9 sizes, in English and in Persian.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launch } from './browser';

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
  /** Requested before the first graph was painted (else in the moments after: deferred). */
  before?: boolean;
}

/** First-screen JavaScript budget, gzip. */
export const FIRST_SCREEN_JS_MAX = 245 * 1024;

/**
 * The files the page requested before its graph was painted (`before`) and in the 1.5 s after.
 * "Before" is judged by the page's own clock (resource timing against the `kavosh:graph-painted`
 * mark), not by when the bench noticed the paint: on a busy machine the page may already have
 * fetched the deferred chunks by the time the bench's wait returns.
 */
async function fetched(baseUrl: string, appDir: string, lang: string): Promise<FileSize[]> {
  const { context, page } = await launch();
  try {
    await page.goto(`${baseUrl}${lang === 'fa' ? '?lang=fa' : ''}`);
    await page.waitForFunction(() => document.body.dataset.graphReady === 'true', undefined, { timeout: 120_000, polling: 'raf' });
    await page.waitForTimeout(1500);
    return await filesFetchedBy(page, appDir);
  } finally {
    await context.close();
  }
}

/** The files a page showing the built app (from `appDir`) has fetched so far, split at its first graph paint. */
export async function filesFetchedBy(page: Page, appDir: string): Promise<FileSize[]> {
  const { entries, paintedAt } = await page.evaluate(() => ({
    entries: performance
      .getEntriesByType('resource')
      .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime })),
    paintedAt: performance.getEntriesByName('kavosh:graph-painted')[0]?.startTime ?? Infinity,
  }));
  return sizesOfFetched(entries, paintedAt, appDir);
}

/**
 * The JS, CSS and font files among a page's resource timing entries, with their sizes in `appDir`;
 * `before`: requested before `paintedAt` (the `kavosh:graph-painted` mark), by the page's clock.
 */
function sizesOfFetched(entries: Array<{ path: string; start: number }>, paintedAt: number, appDir: string): FileSize[] {
  const files = new Map<string, boolean>();
  for (const { path, start } of entries) {
    const file = path.replace(/^\//, '');
    if (/\.(js|css|woff2?)$/.test(path) && !files.has(file)) files.set(file, start < paintedAt);
  }
  return [...files].sort().map(([file, before]) => {
    const bytes = readFileSync(join(appDir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, before };
  });
}

/** Gzip bytes of the JavaScript requested before the first paint. */
export function jsBeforePaint(files: FileSize[]): number {
  return files.filter((f) => /\.js$/.test(f.file) && f.before !== false).reduce((n, f) => n + f.gzip, 0);
}

export async function firstScreen(baseUrl: string, appDir: string): Promise<{ en: FileSize[]; fa: FileSize[] }> {
  return { en: await fetched(baseUrl, appDir, 'en'), fa: await fetched(baseUrl, appDir, 'fa') };
}

export function formatBundle(en: FileSize[], fa: FileSize[]): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const all = new Map([...en, ...fa].map((f) => [f.file, f]));
  const lines = ['First screen (article, English and Persian), gzip -9 of the files fetched until the graph is painted (and in the 1.5 s after):'];
  for (const f of all.values()) {
    const where = en.some((e) => e.file === f.file) ? (fa.some((e) => e.file === f.file) ? 'en+fa' : 'en') : 'fa';
    lines.push(`  ${f.file.padEnd(58)} ${kb(f.raw).padStart(10)} raw ${kb(f.gzip).padStart(10)} gzip  (${where}${f.before === false ? ', after the first paint' : ''})`);
  }
  const sum = (list: FileSize[], re: RegExp, deferredToo = false) => list.filter((f) => re.test(f.file) && (deferredToo || f.before !== false)).reduce((n, f) => n + f.gzip, 0);
  const js = Math.max(jsBeforePaint(en), jsBeforePaint(fa));
  const jsAll = Math.max(sum(en, /\.js$/, true), sum(fa, /\.js$/, true));
  lines.push(`  JavaScript fetched in the 1.5 s after the first paint too: ${kb(jsAll)} gzip`);
  const fonts = fa.filter((f) => /\.woff2?$/.test(f.file)).map((f) => f.file.split('/').pop());
  lines.push(`  JavaScript before the first paint: ${kb(js)} gzip (target ≤ ${kb(FIRST_SCREEN_JS_MAX)}: ${js <= FIRST_SCREEN_JS_MAX ? 'met' : 'MISSED'}); CSS: ${kb(Math.max(sum(en, /\.css$/), sum(fa, /\.css$/)))} gzip`);
  lines.push(`  Persian fonts fetched: ${fonts.join(', ') || 'none'} (${fonts.every((f) => f?.includes('arabic')) && fonts.length > 0 ? 'the Arabic-script subset only: met' : 'check'})`);
  return lines.join('\n');
}
