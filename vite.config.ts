import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { join } from 'node:path';
import { formatIssue } from './src/domain/validate';
import { readDataset } from './scripts/lib/read-dataset';

/**
 * Content Security Policy for the built app: only our own scripts, no remote origins at all.
 * Dev mode is left out because React's refresh preamble is an inline script.
 * style-src keeps 'unsafe-inline' for style attributes (React and Cytoscape set element styles).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'kavosh-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

const BUILTIN = 'virtual:kavosh-builtin-dataset';
const BUILTIN_DIR = 'data/aran-news-baku';

/**
 * The built-in article, validated here, at build time (and when the dev server loads it), with the
 * same rules as `npm run data:check`: an invalid data file fails the build instead of every page
 * load paying for the validator (zod and the checks: ~29 KB gzip and a few milliseconds). The
 * module is the validated dataset itself. Imports and `?data=` folders are still validated in the
 * page.
 */
function builtinDataset(): Plugin {
  return {
    name: 'kavosh-builtin-dataset',
    resolveId: (source) => (source === BUILTIN ? `\0${BUILTIN}` : null),
    load(id) {
      if (id !== `\0${BUILTIN}`) return null;
      for (const file of ['document.json', 'facts.json', 'source.txt']) this.addWatchFile(join(BUILTIN_DIR, file));
      const result = readDataset(BUILTIN_DIR);
      if (!result.ok) this.error(`the built-in dataset does not validate (npm run data:check):\n${result.issues.map(formatIssue).join('\n')}`);
      // JSON.parse of one string literal parses faster than the same object as code.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(result.dataset))});`;
    },
  };
}

// base './' so the built app works from any static host path (principle 5: static and offline).
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), builtinDataset()],
  build: { target: 'es2022', sourcemap: true },
  preview: { host: '127.0.0.1' },
});
