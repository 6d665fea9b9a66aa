// Loads what `?data=` names, from this site only:
// - a dataset folder (`?data=bench-data/10k/`): document.json, facts.json and the text file the
//   document names, validated with the same rules as `npm run data:check`;
// - a bundle file (`?data=bench-data/100k/corpus.json`): the file Export writes and Import reads
//   (src/domain/bundle.ts), many documents and their merged facts, read by the same reader as a
//   restored workspace bundle (readWorkspaceBundle: version 1 or 2, every quote checked against
//   the text of the document it names). This is how a corpus of thousands of articles opens.
// When the link names one (`&layout=layout.json`, beside the folder or the bundle file), a file of
// cached node positions too. The layout file is asked for only when named, so a folder without one
// costs no failed request (which the console would report). Any problem with the data becomes the
// store's load error, one line per issue.
import { MAX_COORDINATE, provideCachedPositions, parsePositions } from './cytoscape/positions';
import { translate } from './i18n/strings';
import { decodeText } from './domain/decode';
import { formatIssue, validateDataset } from './domain/validate';
import { internFacts } from './domain/intern';
import type { Dataset } from './domain/schema';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './domain/bundle';
import { appStore } from './store/store';
import { folderFiles, isBundlePath, layoutParam, layoutUrl, resolveBundle, resolveFolder } from './dataUrls';
import { takeEarly } from './earlyFetch';
import { readWorkspaceBundle } from './workspace/workspace';
import type { Workspace } from './workspace/visible';

export { dataParam, isBundlePath, layoutParam, resolveBundle, resolveFolder } from './dataUrls';

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
    // The boot entry may have started this download already (earlyFetch.ts).
    response = await (takeEarly(url) ?? fetch(url));
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
      fetchText(folderFiles(base).document, label('document.json')),
      fetchText(folderFiles(base).facts, label('facts.json')),
      layoutFile ? fetchLayout(layoutUrl(layoutFile, base), label(layoutFile)) : Promise.resolve({}),
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
  // One copy of each repeated quote, role and date word (intern.ts); a bundle's reader does the same.
  internFacts(result.dataset);
  const layoutProblem = useLayout(result.dataset, layout, label(layoutFile ?? 'layout.json'));
  return { dataset: result.dataset, ...(layoutProblem ? { layoutProblem } : {}) };
}

/** Reads a layout file's text into cached positions for `dataset`; the problem if it cannot. */
function useLayout(dataset: Dataset, layout: { text?: string; problem?: string }, name: string): string | undefined {
  if (layout.text === undefined) return layout.problem;
  let positions = null;
  try {
    positions = parsePositions(JSON.parse(layout.text));
  } catch {
    // Unparsable: reported below like any other unusable cache.
  }
  if (positions) {
    provideCachedPositions(dataset, positions);
    return undefined;
  }
  return `${name}: expected {"version": 1, "positions": {"id": [x, y]}} with coordinates within ±${MAX_COORDINATE}`;
}

export interface LoadedBundle {
  workspace: Workspace;
  layoutProblem?: string;
}

/**
 * Fetches and validates a bundle file of many documents. No size limit (the file is on this site,
 * as a folder's files are; the import's 50 MB guard is for files a user picks), but the depth guard
 * of every import, so a hostile file cannot exhaust the parser.
 */
export async function loadBundleFile(file: string, layoutFile: string | null = layoutParam()): Promise<LoadedBundle> {
  performance.mark('kavosh:fetch-start');
  const url = resolveBundle(file);
  const label = url.pathname.split('/').pop() ?? file;
  let text: string;
  let layout: { text?: string; problem?: string } = {};
  try {
    [text, layout] = await Promise.all([
      fetchText(url, file),
      layoutFile ? fetchLayout(layoutUrl(layoutFile, url), layoutUrl(layoutFile, url).pathname) : Promise.resolve({}),
    ]);
  } catch (error) {
    if (error instanceof MissingFile) throw new Error(`?data=${file}: expected a bundle file at ${url.pathname}, but there is none`, { cause: error });
    throw error;
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (nestsDeeperThan(body, MAX_JSON_DEPTH)) throw new Error(`${file}: expected JSON nested at most ${MAX_JSON_DEPTH} levels deep`);
  const value = parseJson(body, file);
  performance.mark('kavosh:fetch-end');
  const read = readWorkspaceBundle(label, value);
  performance.mark('kavosh:validated');
  if (!read.ok) throw new Error(read.issues.map(formatIssue).join('\n'));
  const layoutProblem = useLayout(read.workspace.dataset, layout, layoutFile ? new URL(layoutFile, url).pathname : '');
  return { workspace: read.workspace, ...(layoutProblem ? { layoutProblem } : {}) };
}

/** Loads `?data=` (a folder or a bundle file) into the store, or says why it could not. A bad layout cache is only a notice. */
export async function loadDataParamIntoStore(data: string): Promise<void> {
  try {
    let layoutProblem: string | undefined;
    if (isBundlePath(data)) {
      // A bundle's choices (hidden documents, merges) come along; with none, the view shows the
      // very dataset the cached positions were given for.
      const loaded = await loadBundleFile(data);
      layoutProblem = loaded.layoutProblem;
      appStore.getState().setWorkspace(loaded.workspace);
    } else {
      const loaded = await loadDatasetFolder(data);
      layoutProblem = loaded.layoutProblem;
      appStore.getState().setDataset(loaded.dataset);
    }
    const state = appStore.getState();
    if (layoutProblem) {
      const notice = translate(state.lang, 'layoutIgnored', { detail: layoutProblem });
      state.setNotice(state.notice ? `${state.notice} ${notice}` : notice);
    }
  } catch (error) {
    appStore.getState().setLoadError(error instanceof Error ? error.message : String(error));
  }
}
