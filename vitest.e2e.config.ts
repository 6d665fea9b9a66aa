import { defineConfig } from 'vitest/config';

// End-to-end tests: the built app (dist/) served by `vite preview` on 127.0.0.1 and driven in
// Debian's Chromium through playwright-core. Run `npm run build` first (npm test does).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globals: true,
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
