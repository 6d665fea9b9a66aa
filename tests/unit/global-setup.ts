// The command-line scripts, bundled once per unit-test run for the tests that run them as child
// processes (tests/unit/cli.ts). `npm run data:check` and `npm run export` run them through tsx,
// which transpiles every module at each start: 1.5 s of CPU a start against 0.4 s for the bundle
// (measured on this machine), and about forty starts in the unit tests. The bundle is the same
// source compiled by the same compiler (tsx uses esbuild); one test per script still starts it the
// way npm does (data:check also runs as its own step of `npm test`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';

let outdir: string | undefined;

export async function setup(project: TestProject) {
  outdir = mkdtempSync(join(tmpdir(), 'kavosh-cli-'));
  await build({
    entryPoints: { 'data-check': 'scripts/data-check.ts', export: 'scripts/export.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // CommonJS dependencies bundled into an ES module may call require(): give them one.
    banner: { js: "import { createRequire as kavoshRequire } from 'node:module'; const require = kavoshRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  project.provide('cliDir', outdir);
}

export function teardown() {
  if (outdir) rmSync(outdir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    cliDir: string;
  }
}
