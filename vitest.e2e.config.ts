import { defineConfig } from 'vitest/config';

// End-to-end tests: the built app (dist/) served by `vite preview` on 127.0.0.1 and driven in
// Debian's Chromium through playwright-core. Run `npm run build` first (npm test does).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globals: true,
    globalSetup: ['tests/e2e/global-setup.ts'],
    // Bounds, not expectations: tests wait for conditions, and a busy 2-core machine may be slow.
    testTimeout: 300_000,
    hookTimeout: 120_000,
    // expect.poll gives up after 1 s by default: far too short when both cores are busy.
    expect: { poll: { timeout: 30_000, interval: 50 } },
    // Two files at a time, each with its own Chromium: a test spends most of its time waiting for
    // paints, animations and the app's settled signal, so two overlap well even on two cores.
    // KAVOSH_E2E_WORKERS=1 runs them one at a time.
    fileParallelism: true,
    maxWorkers: Number(process.env.KAVOSH_E2E_WORKERS ?? 2),
  },
});
