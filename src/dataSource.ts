// Loads a dataset from a same-origin folder URL (`?data=bench-data/10k/`): document.json,
// facts.json, the text file the document names and, when the link names one
// (`&layout=layout.json`), a file of cached node positions. The layout file is asked for only when
// named, so a folder without one costs no failed request (which the console would report). It is validated with the same rules as `npm run data:check`; any problem becomes the
// store's load error, one line per issue.
import { MAX_COORDINATE, provideCachedPositions, parsePositions } from './cytoscape/positions';
import { translate } from './i18n/strings';
import { decodeText } from './domain/decode';
import { formatIssue, validateDataset } from './domain/validate';
import type { Dataset } from './domain/schema';
import { appStore } from './store/store';

/** The `data` query parameter, or null when the built-in dataset should load. */
export function dataParam(search: string = window.location.search): string | null {
  const value = new URLSearchParams(search).get('data');
  return value === null || value.trim() === '' ? null : value.trim();
}

/** The `layout` query parameter: a file name of cached positions inside the data folder. */
export function layoutParam(search: string = window.location.search): string | null {
  const value = new URLSearchParams(search).get('layout');
  return value !== null && /^[\w.-]+\.json$/.test(value) ? value : null;
}

/** Resolves the folder against the page; refuses other origins (the CSP would too, less clearly). */
export function resolveFolder(folder: string, base: string = window.location.href): URL {
  const url = new URL(folder.endsWith('/') ? folder : `${folder}/`, base);
  if (url.origin !== new URL(base).origin) throw new Error(`?data=${folder}: expected a folder on this site (${new URL(base).origin}), got ${url.origin}`);
  return url;
}

/** Thrown when a file is not there: a 404, or the web page a single-page server answers instead. */
class MissingFile extends Error {}

/**
 * A static server with a single-page fallback (`vite preview`, most hosts) answers a missing file
 * with index.html and status 200; a dataset file is never HTML, so that answer means "missing".
 */
function isFallbackPage(response: Response): boolean {
  return (response.headers.get('content-type') ?? '').includes('text/html');
}

async function fetchText(url: URL, label: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`${label}: expected to fetch ${url.pathname}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (response.status === 404 || (response.ok && isFallbackPage(response)))
    throw new MissingFile(`${label}: expected ${url.pathname} to be served, but it is not there`);
  if (!response.ok) throw new Error(`${label}: expected ${url.pathname} to be served, got HTTP ${response.status}`);
  return decodeText(new Uint8Array(await response.arrayBuffer()));
}

/** The layout file, or why it cannot be used (it is only a cache: the layout is computed instead). */
async function fetchLayout(url: URL, label: string): Promise<{ text?: string; problem?: string }> {
  try {
    return { text: await fetchText(url, label) };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

function parseJson(text: string, label: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${label}: expected valid JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

export interface LoadedFolder {
  dataset: Dataset;
  /** Why the named layout file was not used (the layout is computed instead), if it was not. */
  layoutProblem?: string;
}

/** Fetches and validates the folder's dataset; cached positions, if any, go to the canvas. */
export async function loadDatasetFolder(folder: string, layoutFile: string | null = layoutParam()): Promise<LoadedFolder> {
  performance.mark('kavosh:fetch-start');
  const base = resolveFolder(folder);
  const label = (name: string) => `${folder.replace(/\/?$/, '/')}${name}`;
  let docText: string;
  let factsText: string;
  let layout: { text?: string; problem?: string } = {};
  try {
    [docText, factsText, layout] = await Promise.all([
      fetchText(new URL('document.json', base), label('document.json')),
      fetchText(new URL('facts.json', base), label('facts.json')),
      layoutFile ? fetchLayout(new URL(layoutFile, base), label(layoutFile)) : Promise.resolve({}),
    ]);
  } catch (error) {
    if (error instanceof MissingFile) throw new Error(`?data=${folder}: expected a dataset folder (document.json and facts.json), but there is none at ${base.pathname}`, { cause: error });
    throw error;
  }
  const document = parseJson(docText, label('document.json'));
  const textFile = (document as { textFile?: unknown } | null)?.textFile;
  // Only a plain file name beside document.json, as the Node reader allows. An own property even
  // for a name like `__proto__`, so the validator sees exactly what was fetched.
  const texts: Record<string, string | undefined> = {};
  if (typeof textFile === 'string' && /^[^/\\]+$/.test(textFile) && !textFile.startsWith('.')) {
    try {
      Object.defineProperty(texts, textFile, { value: await fetchText(new URL(encodeURIComponent(textFile), base), label(textFile)), enumerable: true });
    } catch (error) {
      // Missing: the validator says "source text file not found beside the document".
      if (!(error instanceof MissingFile)) throw error;
    }
  }
  const facts = parseJson(factsText, label('facts.json'));
  performance.mark('kavosh:fetch-end');
  const result = validateDataset({ documentFile: label('document.json'), document, factsFile: label('facts.json'), facts, texts });
  performance.mark('kavosh:validated');
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  let layoutProblem = layout.problem;
  if (layout.text !== undefined) {
    const name = label(layoutFile ?? 'layout.json');
    let positions = null;
    try {
      positions = parsePositions(JSON.parse(layout.text));
    } catch {
      // Unparsable: reported below like any other unusable cache.
    }
    if (positions) provideCachedPositions(result.dataset, positions);
    else layoutProblem = `${name}: expected {"version": 1, "positions": {"id": [x, y]}} with coordinates within ±${MAX_COORDINATE}`;
  }
  return { dataset: result.dataset, ...(layoutProblem ? { layoutProblem } : {}) };
}

/** Loads `?data=` into the store, or reports why it could not. A bad layout cache is only a notice. */
export async function loadDataParamIntoStore(folder: string): Promise<void> {
  try {
    const { dataset, layoutProblem } = await loadDatasetFolder(folder);
    const state = appStore.getState();
    state.setDataset(dataset);
    if (layoutProblem) {
      const notice = translate(state.lang, 'layoutIgnored', { detail: layoutProblem });
      state.setNotice(state.notice ? `${state.notice} ${notice}` : notice);
    }
  } catch (error) {
    appStore.getState().setLoadError(error instanceof Error ? error.message : String(error));
  }
}
