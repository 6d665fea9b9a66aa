// A synthetic bench corpus served with the built app, for a describe block's tests: generated
// once into a temporary folder before them, served by the bench's static server, removed after.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { ensureCorpus } from '../../scripts/bench/generate';
import { serveStatic, type StaticServer } from '../../scripts/bench/server';

/** Registers the set-up and clean-up; `url()` is the app's address once set up. */
export function serveCorpus(size: string): { url(): string } {
  let server: StaticServer | undefined;
  let root = '';
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), `kavosh-corpus-${size}-`));
    ensureCorpus(root, size);
    server = await serveStatic('dist', root);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });
  return {
    url: () => {
      if (!server) throw new Error('the corpus server is not set up yet');
      return server.url;
    },
  };
}
