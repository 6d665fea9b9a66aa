// The data link's downloads, started by the boot entry before the app's code is fetched and
// compiled. At 100k elements the bundle file is ~47 MB: fetched only once dataSource.ts had loaded
// (after the main chunk, React's first render and the validator's chunk), the page sat idle ~0.4 s
// waiting for it. Started here, the download overlaps all of that. The loader takes each response
// once (takeEarly), by URL; anything it does not take is fetched as before.
import { firstDataUrls, layoutParam } from './dataUrls';

const early = new Map<string, Promise<Response>>();

/** Starts fetching the files the page's `?data=` link names (none when it names none). */
export function startEarlyFetch(location: { search: string; href: string } = window.location): void {
  // The raw value, as startInitialLoad (loadInitial.ts) hands it to the loader: the same URLs.
  const data = new URLSearchParams(location.search).get('data');
  for (const url of firstDataUrls(data, layoutParam(location.search), location.href)) {
    if (early.has(url.href)) continue;
    const response = fetch(url);
    // Handled here so a failed download is no unhandled rejection; the loader awaits it and reports.
    response.catch(() => undefined);
    early.set(url.href, response);
  }
}

/** The early response for `url`, once: a second call (a reload of the data) fetches afresh. */
export function takeEarly(url: URL): Promise<Response> | undefined {
  const response = early.get(url.href);
  early.delete(url.href);
  return response;
}
