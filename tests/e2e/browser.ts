// Shared browser harness: Debian's Chromium (CHROMIUM_PATH overrides), a fresh profile per
// context, and a log of console errors/warnings and CSP violations that tests assert is empty.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface AppPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and warnings, page errors, and CSP violations seen so far. */
  problems: string[];
  close(): Promise<void>;
}

export async function openApp(
  query = '',
  viewport = { width: 1400, height: 900 },
  options: { locale?: string; waitForGraph?: boolean } = {},
): Promise<AppPage> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'kavosh-e2e-')), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    viewport,
    locale: options.locale ?? 'en-US',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  watch(page, problems);
  await page.goto(`${inject('baseUrl')}${query}`);
  if (options.waitForGraph !== false) await waitForGraph(page);
  return { context, page, problems, close: () => context.close() };
}

export function watch(page: Page, problems: string[]) {
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}

export async function waitForGraph(page: Page) {
  await page.waitForFunction(() => document.body.dataset.graphReady === 'true', undefined, { timeout: 30_000 });
}

/** Ids of the nodes currently visible in the graph. */
export function visibleNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.kavosh!.cy!.nodes().filter((n) => n.visible()).map((n) => n.id()).sort());
}

/** Clicks a node on the canvas at its rendered position. */
export async function clickNode(page: Page, id: string) {
  const point = await page.evaluate((nodeId) => {
    const cy = window.kavosh!.cy!;
    const node = cy.getElementById(nodeId);
    const rect = cy.container()!.getBoundingClientRect();
    const pos = node.renderedPosition();
    return { x: rect.left + pos.x, y: rect.top + pos.y };
  }, id);
  await page.mouse.click(point.x, point.y);
}
