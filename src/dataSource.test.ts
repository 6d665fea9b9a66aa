import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { knownPositions } from './cytoscape/positions';
import { dataParam, isBundlePath, layoutParam, loadBundleFile, loadDataParamIntoStore, resolveBundle, resolveFolder } from './dataSource';
import { generateMultiCorpus, toSynthBundle } from './graph/synthCorpus';
import { appStore } from './store/store';

describe('?data= and ?layout= links', () => {
  it('reads the folder and the layout file name, ignoring blanks and anything but a plain .json name', () => {
    expect(dataParam('?data=bench-data/10k/')).toBe('bench-data/10k/');
    expect(dataParam('?data=%20')).toBeNull();
    expect(dataParam('')).toBeNull();
    expect(layoutParam('?layout=layout.json')).toBe('layout.json');
    expect(layoutParam('?layout=../secret.json')).toBeNull();
    expect(layoutParam('?layout=https://evil.example/x.json')).toBeNull();
  });

  it('resolves folders on this site and refuses other origins', () => {
    const base = 'http://127.0.0.1:4173/app/index.html?data=x';
    expect(resolveFolder('bench-data/10k', base).href).toBe('http://127.0.0.1:4173/app/bench-data/10k/');
    expect(() => resolveFolder('https://evil.example/data/', base)).toThrow(/expected a folder on this site/);
    expect(() => resolveFolder('//evil.example/data/', base)).toThrow(/expected a folder on this site/);
  });
});

describe('?data= naming a bundle file of many documents', () => {
  const ORIGIN = 'http://127.0.0.1:4173';
  const fixture = (dir: string) => ({
    document: JSON.parse(readFileSync(join('tests/fixtures', dir, 'document.json'), 'utf8')) as Record<string, unknown>,
    text: readFileSync(join('tests/fixtures', dir, 'source.txt'), 'utf8'),
    facts: JSON.parse(readFileSync(join('tests/fixtures', dir, 'facts.json'), 'utf8')) as unknown,
  });
  let served: Record<string, string> = {};
  const requested: string[] = [];

  beforeEach(() => {
    served = {};
    requested.length = 0;
    vi.stubGlobal('window', { location: { href: `${ORIGIN}/`, search: '' } });
    vi.stubGlobal('fetch', async (input: URL | string) => {
      const url = new URL(String(input));
      requested.push(url.href);
      const body = served[url.pathname];
      return body === undefined ? new Response('', { status: 404 }) : new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('tells a bundle file from a folder, and refuses one on another site', () => {
    expect(isBundlePath('bench-data/100k/corpus.json')).toBe(true);
    expect(isBundlePath('corpus.JSON?v=2')).toBe(true);
    expect(isBundlePath('bench-data/10k/')).toBe(false);
    expect(isBundlePath('bench-data/10k')).toBe(false);
    const base = `${ORIGIN}/app/index.html?data=x`;
    expect(resolveBundle('bench-data/100k/corpus.json', base).href).toBe(`${ORIGIN}/app/bench-data/100k/corpus.json`);
    expect(() => resolveBundle('https://evil.example/corpus.json', base)).toThrow(/expected a bundle file on this site/);
    expect(() => resolveBundle('//evil.example/corpus.json', base)).toThrow(/expected a bundle file on this site/);
  });

  it('loads a generated corpus into the store: every document, shared entities once, its cached positions for the graph shown', async () => {
    const corpus = generateMultiCorpus({ elements: 1500, seed: 4, id: 'tiny' });
    served['/c/corpus.json'] = JSON.stringify(toSynthBundle(corpus));
    served['/c/layout.json'] = JSON.stringify(corpus.layout);
    vi.stubGlobal('window', { location: { href: `${ORIGIN}/?data=c/corpus.json&layout=layout.json`, search: '?data=c/corpus.json&layout=layout.json' } });
    await loadDataParamIntoStore('c/corpus.json');
    const state = appStore.getState();
    expect(state.error).toBeNull();
    expect(state.status).toBe('ready');
    expect(state.workspace.dataset?.documents.map((d) => d.id)).toEqual(corpus.docs.map((d) => d.document.id));
    expect(corpus.docs).toHaveLength(15);
    expect(state.workspace.dataset?.entities).toHaveLength(corpus.facts.entities.length);
    expect(requested).toEqual([`${ORIGIN}/c/corpus.json`, `${ORIGIN}/c/layout.json`]);
    const model = state.model!;
    // Nodes from every document, one graph: an entity quoted by two articles is one node.
    const shared = corpus.facts.entities.find((e) => new Set(e.evidence.map((ev) => ev.doc)).size >= 2)!;
    expect(model.nodes.filter((n) => n.id === shared.id)).toHaveLength(1);
    const positions = knownPositions(model, 'fcose', 'no-such-key');
    expect(positions?.get(shared.id)).toEqual(corpus.layout.positions[shared.id]);
  });

  it('reads the bundle Export writes (documents with their own facts) like Import does', async () => {
    served['/two.json'] = JSON.stringify({ kavoshBundle: 1, documents: [fixture('mini'), fixture('second-article')] });
    const { workspace, layoutProblem } = await loadBundleFile('two.json', null);
    expect(layoutProblem).toBeUndefined();
    expect(workspace.dataset.documents.map((d) => d.id)).toEqual(['mini', 'test-second-article']);
    const docsQuoted = new Set(workspace.dataset.entities.flatMap((e) => e.evidence.map((ev) => ev.doc)));
    expect(docsQuoted).toEqual(new Set(['mini', 'test-second-article']));
  });

  it('says what is wrong: a quote that is not the slice of its text, a missing file, JSON nested too deep', async () => {
    const corpus = generateMultiCorpus({ elements: 600, seed: 1, id: 'bad' });
    const bundle = JSON.parse(JSON.stringify(toSynthBundle(corpus))) as ReturnType<typeof toSynthBundle>;
    bundle.facts.events[0]!.evidence[0]!.quote = 'not in the text';
    served['/bad.json'] = JSON.stringify(bundle);
    await expect(loadBundleFile('bad.json', null)).rejects.toThrow(/bad\.json at facts\.events\[0\]\.evidence\[0\]\.quote.*expected the quote to equal text\.slice/);
    await expect(loadBundleFile('nothing.json', null)).rejects.toThrow('?data=nothing.json: expected a bundle file at /nothing.json, but there is none');
    served['/deep.json'] = `${'['.repeat(100)}${']'.repeat(100)}`;
    await expect(loadBundleFile('deep.json', null)).rejects.toThrow(/nested at most 64 levels/);
  });
});
