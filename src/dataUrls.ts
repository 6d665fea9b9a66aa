// Where `?data=` and `?layout=` point: the files a data link fetches first. Tiny and free of app
// imports, so the boot entry (boot.ts) can start those downloads before the app's code has loaded.

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

/** Whether `?data=` names a bundle file (a path ending in `.json`) rather than a dataset folder. */
export function isBundlePath(value: string): boolean {
  return /\.json$/i.test(value.replace(/[?#].*$/, ''));
}

/** Resolves a bundle file against the page, on this site only, as folders are. */
export function resolveBundle(file: string, base: string = window.location.href): URL {
  const url = new URL(file, base);
  if (url.origin !== new URL(base).origin) throw new Error(`?data=${file}: expected a bundle file on this site (${new URL(base).origin}), got ${url.origin}`);
  return url;
}

/** A folder's two dataset files (its text file is named inside document.json, so it comes later). */
export function folderFiles(base: URL): { document: URL; facts: URL } {
  return { document: new URL('document.json', base), facts: new URL('facts.json', base) };
}

/** The layout file beside a folder or a bundle file. */
export const layoutUrl = (layoutFile: string, beside: URL): URL => new URL(layoutFile, beside);

/**
 * Every file the loader (dataSource.ts) fetches before it has read any: for a bundle the file, for a
 * folder document.json and facts.json, and the layout file when the link names one. Empty when the
 * link names nothing, or something on another site (the loader reports that; nothing is fetched).
 */
export function firstDataUrls(data: string | null, layoutFile: string | null, base: string): URL[] {
  if (!data) return [];
  try {
    if (isBundlePath(data)) {
      const url = resolveBundle(data, base);
      return layoutFile ? [url, layoutUrl(layoutFile, url)] : [url];
    }
    const folder = resolveFolder(data, base);
    const { document, facts } = folderFiles(folder);
    return layoutFile ? [document, facts, layoutUrl(layoutFile, folder)] : [document, facts];
  } catch {
    return [];
  }
}
