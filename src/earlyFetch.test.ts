import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstDataUrls } from './dataUrls';
import { loadBundleFile } from './dataSource';
import { generateMultiCorpus, toSynthBundle } from './graph/synthCorpus';
import { startEarlyFetch, takeEarly } from './earlyFetch';

const ORIGIN = 'http://127.0.0.1:4173';

describe('the data link fetched before the app has loaded', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('names the files the loader fetches first, on this site only', () => {
    const base = `${ORIGIN}/app/index.html`;
    const hrefs = (data: string | null, layout: string | null) => firstDataUrls(data, layout, base).map((u) => u.href);
    expect(hrefs('bench-data/100k/corpus.json', 'layout.json')).toEqual([`${ORIGIN}/app/bench-data/100k/corpus.json`, `${ORIGIN}/app/bench-data/100k/layout.json`]);
    expect(hrefs('bench-data/10k', null)).toEqual([`${ORIGIN}/app/bench-data/10k/document.json`, `${ORIGIN}/app/bench-data/10k/facts.json`]);
    expect(hrefs('bench-data/10k/', 'layout.json')).toHaveLength(3);
    expect(hrefs('https://evil.example/corpus.json', 'layout.json')).toEqual([]);
    expect(hrefs('//evil.example/data/', null)).toEqual([]);
    expect(hrefs(null, 'layout.json')).toEqual([]);
  });

  it('starts the downloads at once, and the loader takes each response once instead of fetching again', async () => {
    const corpus = generateMultiCorpus({ elements: 600, seed: 3, id: 'early' });
    const served: Record<string, string> = { '/c/corpus.json': JSON.stringify(toSynthBundle(corpus)), '/c/layout.json': JSON.stringify(corpus.layout) };
    const requested: string[] = [];
    vi.stubGlobal('fetch', async (input: URL | string) => {
      const url = new URL(String(input));
      requested.push(url.href);
      const body = served[url.pathname];
      return body === undefined ? new Response('', { status: 404 }) : new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
    });
    const search = '?data=c/corpus.json&layout=layout.json';
    vi.stubGlobal('window', { location: { href: `${ORIGIN}/${search}`, search } });
    startEarlyFetch();
    // Both downloads are under way before any loader code has run.
    expect(requested).toEqual([`${ORIGIN}/c/corpus.json`, `${ORIGIN}/c/layout.json`]);
    const { workspace, layoutProblem } = await loadBundleFile('c/corpus.json');
    expect(layoutProblem).toBeUndefined();
    expect(workspace.dataset.entities).toHaveLength(corpus.facts.entities.length);
    expect(requested).toHaveLength(2);
    // Taken once: a second load fetches afresh.
    expect(takeEarly(new URL(`${ORIGIN}/c/corpus.json`))).toBeUndefined();
    await loadBundleFile('c/corpus.json');
    expect(requested).toHaveLength(4);
  });

  it('a failed early download is the loader\'s error, not an unhandled rejection', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const search = '?data=gone.json';
    vi.stubGlobal('window', { location: { href: `${ORIGIN}/${search}`, search } });
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      startEarlyFetch();
      await new Promise((resolve) => setTimeout(resolve, 0));
      await expect(loadBundleFile('gone.json', null)).rejects.toThrow(/gone\.json: expected to fetch \/gone\.json: Failed to fetch/);
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
