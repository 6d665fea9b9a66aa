// Loads a dataset from a same-origin folder URL (`?data=bench-data/10k/`): document.json,
// facts.json, the text file the document names and, when the link names one
// (`&layout=layout.json`), a file of cached node positions. The layout file is asked for only when
// named, so a folder without one costs no failed request (which the console would report). It is validated with the same rules as `npm run data:check`; any problem becomes the
// store's load error, one line per issue.
import { provideCachedPositions, parsePositions } from './cytoscape/positions';
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

async function fetchText(url: URL, label: string, optional = false): Promise<string | undefined> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`${label}: expected to fetch ${url.pathname}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (!response.ok) {
    if (optional && response.status === 404) return undefined;
    throw new Error(`${label}: expected ${url.pathname} to be served, got HTTP ${response.status}`);
  }
  return response.text();
}

function parseJson(text: string, label: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${label}: expected valid JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** Fetches and validates the folder's dataset; cached positions, if any, go to the canvas. */
export async function loadDatasetFolder(folder: string, layoutFile: string | null = layoutParam()): Promise<Dataset> {
  performance.mark('kavosh:fetch-start');
  const base = resolveFolder(folder);
  const label = (name: string) => `${folder.replace(/\/?$/, '/')}${name}`;
  const [docText, factsText, layoutText] = await Promise.all([
    fetchText(new URL('document.json', base), label('document.json')),
    fetchText(new URL('facts.json', base), label('facts.json')),
    layoutFile ? fetchText(new URL(layoutFile, base), label(layoutFile), true) : Promise.resolve(undefined),
  ]);
  const document = parseJson(docText ?? '', label('document.json'));
  const textFile = (document as { textFile?: unknown } | null)?.textFile;
  const texts: Record<string, string | undefined> = {};
  // Only a plain file name beside document.json, as the Node reader allows.
  if (typeof textFile === 'string' && /^[^/\\]+$/.test(textFile) && !textFile.startsWith('.'))
    texts[textFile] = await fetchText(new URL(encodeURIComponent(textFile), base), label(textFile));
  const facts = parseJson(factsText ?? '', label('facts.json'));
  performance.mark('kavosh:fetch-end');
  const result = validateDataset({ documentFile: label('document.json'), document, factsFile: label('facts.json'), facts, texts });
  performance.mark('kavosh:validated');
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  if (layoutText !== undefined) {
    const positions = parsePositions(parseJson(layoutText, label(layoutFile ?? 'layout.json')));
    if (positions) provideCachedPositions(result.dataset, positions);
    else console.warn(`${label(layoutFile ?? 'layout.json')}: expected {"version": 1, "positions": {"id": [x, y]}}; the layout will be computed`);
  }
  return result.dataset;
}

/** Loads `?data=` into the store, or reports why it could not. */
export async function loadDataParamIntoStore(folder: string): Promise<void> {
  try {
    appStore.getState().setDataset(await loadDatasetFolder(folder));
  } catch (error) {
    appStore.getState().setLoadError(error instanceof Error ? error.message : String(error));
  }
}
