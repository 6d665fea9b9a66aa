// Builds the sigma.js reference page (scripts/bench/sigma/) into the bench's app folder. Its own
// Vite build, without the app's config: sigma and graphology are dev dependencies and never reach
// the app's bundle.
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { build } from 'vite';

export async function buildSigmaPage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: fileURLToPath(new URL('./sigma/', import.meta.url)),
    base: './',
    logLevel: 'warn',
    build: { outDir: resolve(outDir), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
  });
}
