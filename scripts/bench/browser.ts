// The bench's browser: Debian's Chromium (CHROMIUM_PATH overrides), headless, one fresh profile per
// page load. Every variant runs with the same flags, so their figures compare within a run.
//
// WebGL (sigma, Cytoscape's ?webgl) needs a software GL in headless Chromium without a GPU:
// SwiftShader through ANGLE, which current Chromium only allows with --enable-unsafe-swiftshader.
// --disable-gpu keeps the 2D canvas (the app's default drawing) on the CPU raster path, as before;
// WebGL still gets SwiftShader under it (checked: the renderer string is printed with each report).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { PAGE_HELPERS } from './page';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const VIEWPORT = { width: 1400, height: 900 };

export interface BenchPage {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

export async function launch(): Promise<BenchPage> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'kavosh-bench-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
    locale: 'en-US',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.addInitScript(PAGE_HELPERS);
  return { context, page, problems };
}

/** The WebGL renderer these flags give, e.g. "ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device …))". */
export async function webglRenderer(): Promise<string> {
  const { context, page } = await launch();
  try {
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return 'no WebGL2';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    });
  } finally {
    await context.close();
  }
}
