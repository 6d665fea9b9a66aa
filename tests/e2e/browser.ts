// Shared browser harness: Debian's Chromium, its headless shell (CHROMIUM_PATH overrides), launched once per test
// file, one tab per file and set of options in which each test loads the app anew with emptied
// storage (cookies, local and session storage, IndexedDB), and a log
// of console errors/warnings and CSP violations that tests assert is empty.
//
// Never read state that is still settling: after an action, either poll for the condition you
// expect (`expect.poll`, `page.waitForFunction`) or `await settled(page)` — the app's own signal
// that every change so far has reached the canvas, the panels and the address bar.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { cpuLogClose, cpuLogOpen } from './cpuLog';

// Debian's headless shell (package chromium-headless-shell: the same Chromium build, Blink and V8,
// without the desktop browser's UI layer; what Playwright itself uses for headless runs) when it is
// installed, else the full browser. Measured in pairs on the same test files, same machine, load
// 11–19: 100.5 vs 156.1, 82.8 vs 101.8 and 80.6 vs 86.5 CPU-s (7–36 % less), every test green in both.
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium');
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Tests park their tab on about:blank between tests: the app's document must be unloaded, not
  // kept frozen in the back-forward cache with its storage connections open. Headless Chromium
  // also preloads the address bar's two WebUI popups in a renderer of their own, which no test
  // sees: 1–1.7 s of CPU per browser, i.e. per test file.
  '--disable-features=BackForwardCache,WebUIOmniboxPopup,WebUIOmniboxAimPopup',
  // For experiments: more switches, space-separated (e.g. --js-flags=...).
  ...(process.env.KAVOSH_E2E_EXTRA_ARGS ?? '').split(' ').filter(Boolean),
];

// One browser per test worker, not per file: vitest runs a worker's files one after another in
// the same process (isolate: false in vitest.e2e.config.ts), so this module and its browser, its
// contexts and their parked tabs carry over from file to file. Starting Chromium and opening the
// app in a new tab (a new renderer process, its code not yet compiled) cost seconds of CPU each.
// Tests stay independent: each loads the app anew with the storage earlier tests left emptied
// (openApp). Playwright closes the browser when the worker exits.
let browser: Promise<Browser> | undefined;
export function sharedBrowser(): Promise<Browser> {
  browser ??= chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  return browser;
}

export interface AppPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and warnings, page errors, and CSP violations seen so far. */
  problems: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  locale?: string;
  waitForGraph?: boolean;
  /** Emulates a phone: touch events and a coarse pointer. */
  touch?: boolean;
  reducedMotion?: 'reduce' | 'no-preference';
  /** Device pixels per CSS pixel (2 for a phone's screen). */
  deviceScaleFactor?: number;
  /**
   * A page of the test's own, closed afterwards, for a test that changes the page in ways a
   * navigation does not undo (`addInitScript`, `exposeFunction`). Other tests share one tab.
   */
  ownPage?: boolean;
  /** A script every document of the test's own page runs before the app's (implies ownPage). */
  initScript?: () => void;
}

export async function openApp(
  query = '',
  viewport = { width: 1400, height: 900 },
  options: OpenOptions = {},
): Promise<AppPage> {
  const entry = pooledContext(viewport, options);
  const context = await entry.context;
  const page = await tabFor(entry, options);
  await forgetStorage(context, entry, page);
  if (options.initScript) await page.addInitScript(options.initScript);
  const problems: string[] = [];
  watch(page, problems);
  await cpuLogOpen(page);
  await page.goto(`${inject('baseUrl')}${query}`);
  if (options.waitForGraph !== false) await waitForGraph(page);
  return { context, page, problems, close: () => closeApp(entry, page) };
}

// Tests share one tab per file and set of options, and each test loads the app anew in it, as a
// person reloading would: a new document with a new JavaScript realm, storage emptied first. A new
// tab per test starts a new renderer process: measured on an idle machine, opening the app in a
// new tab cost 4.9 s of CPU (2.8 s wall) and in the reused tab 1.9 s (1.5 s wall).
interface PooledContext {
  context: Promise<BrowserContext>;
  settings: ContextSettings;
  /** Every http(s) origin a page of the context has shown: the storage to empty before the next test. */
  origins: Set<string>;
  /** The shared tab, parked on about:blank between tests. */
  tab?: Page;
}

type ContextSettings = ReturnType<typeof contextSettings>;
function contextSettings(viewport: { width: number; height: number }, options: OpenOptions) {
  return {
    viewport,
    locale: options.locale ?? 'en-US',
    acceptDownloads: true,
    hasTouch: options.touch ?? false,
    isMobile: options.touch ?? false,
    reducedMotion: options.reducedMotion ?? 'no-preference',
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
  } as const;
}

// One context per combination of options, per test file (each file has its own browser).
const contexts = new Map<string, PooledContext>();

function pooledContext(viewport: { width: number; height: number }, options: OpenOptions): PooledContext {
  const settings = contextSettings(viewport, options);
  const key = JSON.stringify(settings);
  let entry = contexts.get(key);
  if (!entry) {
    const origins = new Set<string>();
    const context = (async () => {
      const made = await (await sharedBrowser()).newContext(settings);
      // Playwright's own bound on an action's auto-wait (a click waiting for its button) is 30 s:
      // reached once on a machine at load 10, while a lazy chunk was still being compiled. A bound,
      // not an expectation, like the config's testTimeout.
      made.setDefaultTimeout(90_000);
      // Every page of the context reports CSP violations as console errors, which watch() collects.
      await made.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      made.on('page', (page) => trackOrigins(page, origins));
      return made;
    })();
    entry = { context, settings, origins };
    contexts.set(key, entry);
  }
  return entry;
}

/** The http(s) origins the shared tab's document has shown during the current test. */
const shownThisTest = new WeakMap<Page, Set<string>>();

function trackOrigins(page: Page, origins: Set<string>) {
  const shown = new Set<string>();
  shownThisTest.set(page, shown);
  page.on('framenavigated', (frame) => {
    const url = new URL(frame.url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    origins.add(url.origin);
    if (frame === page.mainFrame()) shown.add(url.origin);
  });
}

/** The shared tab, made as a new one would be; or a new tab when it is gone or the test wants its own. */
async function tabFor(entry: PooledContext, options: OpenOptions): Promise<Page> {
  const context = await entry.context;
  if (options.ownPage || options.initScript) return context.newPage();
  const tab = entry.tab;
  if (tab && !tab.isClosed()) {
    // What an earlier test set on the tab and a navigation keeps: its listeners, media emulation
    // and held keys. (Init scripts and exposed functions cannot be removed: such tests use ownPage.)
    tab.removeAllListeners();
    trackOrigins(tab, entry.origins);
    await tab.emulateMedia({ media: null, colorScheme: null, forcedColors: null, reducedMotion: entry.settings.reducedMotion });
    for (const key of ['Shift', 'Control', 'Alt', 'Meta']) await tab.keyboard.up(key);
    await tab.mouse.up();
    return tab;
  }
  entry.tab = await context.newPage();
  return entry.tab;
}

/**
 * Closes every other page of the context (a test may have opened more than one) and parks the
 * shared tab on about:blank: the app is unloaded (it stops drawing and cannot write to storage
 * after the next test emptied it). Session storage belongs to the tab and can only be emptied from
 * a document of its origin, so it is emptied before leaving; a tab that showed other origins during
 * the test (whose session storage cannot be reached now), or will not park, is closed instead and
 * the next test opens a new one.
 */
async function closeApp(entry: PooledContext, page: Page) {
  const context = await entry.context;
  await cpuLogClose(page);
  await Promise.all(context.pages().filter((p) => p !== entry.tab).map((p) => p.close()));
  if (page !== entry.tab || page.isClosed()) return;
  const shown = shownThisTest.get(page) ?? new Set();
  const here = page.url().startsWith('http') ? new URL(page.url()).origin : undefined;
  try {
    if (shown.size > 1 || (shown.size === 1 && !shown.has(here ?? ''))) throw new Error('cannot reach every session storage');
    if (here) await page.evaluate(() => sessionStorage.clear());
    await page.goto('about:blank', { timeout: 30_000 });
  } catch {
    entry.tab = undefined;
    await page.close().catch(() => undefined);
  }
}

/**
 * Makes the context as a new one would be for the page about to open: other pages closed (so no
 * IndexedDB connection stays open), then cookies, local storage, IndexedDB and the rest emptied
 * for every origin the context has shown (session storage: see closeApp).
 */
async function forgetStorage(context: BrowserContext, entry: PooledContext, fresh: Page) {
  await Promise.all(context.pages().filter((p) => p !== fresh).map((p) => p.close()));
  await context.clearCookies();
  if (entry.origins.size === 0) return;
  const cdp = await context.newCDPSession(fresh);
  for (const origin of entry.origins) {
    await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  }
  await cdp.detach();
}

export function watch(page: Page, problems: string[]) {
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
}

/** Waits until the first layout has been painted, then until the app has settled. */
export async function waitForGraph(page: Page) {
  // Generous: on a 2-core machine with both cores busy the first layout can take many seconds.
  await page.waitForFunction(() => document.body.dataset.graphReady === 'true', undefined, { timeout: 150_000 });
  await settled(page);
}

/**
 * The app's settled signal (src/settle.ts): resolves when every change made so far has been drawn
 * and written to the URL (the URL writer is flushed rather than waited for).
 */
export async function settled(page: Page) {
  await page.evaluate(() => window.kavosh!.settled());
}

/** Ids of the nodes currently visible in the graph. */
export function visibleNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.kavosh!.cy!.nodes().filter((n) => n.visible()).map((n) => n.id()).sort());
}

/** Polls until the visible nodes are exactly `expected` (sorted ids). */
export async function expectVisibleNodes(page: Page, expected: string[]) {
  await expect.poll(() => visibleNodeIds(page), { timeout: 30_000 }).toEqual([...expected].sort());
}

/** The number of visible nodes once the app has settled. */
export async function visibleNodeCount(page: Page): Promise<number> {
  await settled(page);
  return (await visibleNodeIds(page)).length;
}

/** Polls until the store's selection is `id`. */
export async function expectSelected(page: Page, id: string | null) {
  await expect.poll(() => page.evaluate(() => window.kavosh!.store.getState().selectedId), { timeout: 30_000 }).toBe(id);
}

/** Polls until the address bar's query satisfies `contains` (and lacks `lacks`). */
export async function expectUrl(page: Page, contains: string, lacks?: string) {
  await expect.poll(() => page.url(), { timeout: 30_000 }).toContain(contains);
  if (lacks !== undefined) await expect.poll(() => page.url(), { timeout: 30_000 }).not.toContain(lacks);
}

/** Clicks a node on the canvas at its rendered position (after the view has settled). */
export async function clickNode(page: Page, id: string) {
  await settled(page);
  const point = await page.evaluate((nodeId) => {
    const cy = window.kavosh!.cy!;
    const node = cy.getElementById(nodeId);
    const rect = cy.container()!.getBoundingClientRect();
    const pos = node.renderedPosition();
    return { x: rect.left + pos.x, y: rect.top + pos.y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

/**
 * A double-click whose two clicks carry input timestamps 80 ms apart, as a person's do.
 * Playwright's mouse.dblclick sends each event only once the page has taken the previous one, and
 * each event is stamped when sent: on a busy machine the page's work after the first click (it
 * selects) stamps the second one hundreds of milliseconds later, and Cytoscape, which compares
 * event.timeStamp with its 250 ms double-click window, sees two single clicks.
 */
export async function doubleClickAt(page: Page, x: number, y: number) {
  const cdp = await page.context().newCDPSession(page);
  try {
    // Stamped a moment in the past, so no stamp is ahead of the page's clock.
    const start = Date.now() / 1000 - 0.5;
    const send = (type: 'mouseMoved' | 'mousePressed' | 'mouseReleased', clickCount: number, after: number) =>
      cdp.send('Input.dispatchMouseEvent', {
        type,
        x,
        y,
        button: type === 'mouseMoved' ? 'none' : 'left',
        buttons: type === 'mousePressed' ? 1 : 0,
        clickCount,
        timestamp: start + after,
      });
    await send('mouseMoved', 0, 0);
    await send('mousePressed', 1, 0.01);
    await send('mouseReleased', 1, 0.03);
    await send('mousePressed', 2, 0.09);
    await send('mouseReleased', 2, 0.11);
  } finally {
    await cdp.detach();
  }
}

/**
 * Starts recording every text the element `[data-testid=testId]` shows from now on; returns a
 * reader of them all. For transient notes (a success message fades after a while): on a busy
 * machine the note may be gone before a poll reads it, yet it was shown, and that is what counts.
 */
export async function recordTexts(page: Page, testId: string): Promise<() => Promise<string[]>> {
  await page.evaluate((id) => {
    const seen: string[] = [];
    (window as unknown as Record<string, string[]>)[`__seen_${id}`] = seen;
    const note = () => {
      const text = document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
    note();
  }, testId);
  return () => page.evaluate((id) => [...((window as unknown as Record<string, string[]>)[`__seen_${id}`] ?? [])], testId);
}
