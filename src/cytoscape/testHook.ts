// `window.kavosh = { cy, store }` in every build: end-to-end tests, benchmarks and power users
// read the live graph and the store through it (documented in the README).
import type { Core } from 'cytoscape';
import { appStore, type AppStore } from '../store/store';

declare global {
  interface Window {
    kavosh?: { cy: Core | null; store: AppStore };
  }
}

export function exposeTestHook(cy: Core | null): void {
  window.kavosh = { cy, store: appStore };
}
