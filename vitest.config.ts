import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { cytoscapeWebglInDev } from './scripts/lib/cytoscape-lean.ts';

// Unit and component tests: pure code in Node, components in jsdom (per-file `@vitest-environment`).
export default defineConfig({
  plugins: [react(), cytoscapeWebglInDev()],
  test: {
    globals: true,
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup-unit.ts'],
    // Bundles the command-line scripts once, for the tests that start them (tests/unit/cli.ts).
    globalSetup: ['tests/unit/global-setup.ts'],
    // Some tests run the CLIs (node, xmllint) as child processes; on a busy 2-core machine a
    // start-up can take many seconds. A bound, not a speed goal (those live in npm run bench).
    // npm test runs this step niced (scripts/test-all.ts), so under load a CLI test that starts three
    // processes took 87 s once (a fresh-clone CI run at load 18).
    testTimeout: 240_000,
    // One module graph per worker, not per file: importing zod, graphology and FtM's model again
    // for each of ~60 files cost more than the tests themselves (unit run 214 s → 117 s on a busy
    // machine). Unit tests build their own stores and mock no modules, so none relies on fresh module state.
    isolate: false,
  },
});
