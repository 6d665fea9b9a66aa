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
    // Three files at a time, each with its own Chromium: a test spends much of its time waiting for
    // paints, the app's settled signal and polls, so three overlap well even on two cores. Measured
    // on six files (39 tests, two cores, busy machine): 2 workers 399 s, 3 workers 276 s, with the
    // tests' summed time unchanged (707 s, 712 s). KAVOSH_E2E_WORKERS=1 runs them one at a time.
    fileParallelism: true,
    // A worker's files run one after another in one process, sharing tests/e2e/browser.ts: one
    // Chromium per worker, its tabs reused across files (see there). Each test still loads the app
    // anew with emptied storage; the test files themselves are evaluated afresh.
    isolate: false,
    maxWorkers: Number(process.env.KAVOSH_E2E_WORKERS ?? 3),
  },
});
