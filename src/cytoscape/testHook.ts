// `window.kavosh = { cy, store, settled }` in every build: end-to-end tests, benchmarks and power users
// read the live graph and the store through it (documented in the README).
import type { Core } from 'cytoscape';
import { appStore, type AppStore } from '../store/store';
import { settled } from '../settle';

declare global {
  interface Window {
    kavosh?: { cy: Core | null; store: AppStore; settled: (timeoutMs?: number) => Promise<void> };
  }
}

export function exposeTestHook(cy: Core | null): void {
  window.kavosh = { cy, store: appStore, settled };
}
