// The app's test hook, seen from test code that runs inside the page.
import type { Core } from 'cytoscape';
import type { AppStore } from '../../src/store/store';

declare global {
  interface Window {
    kavosh?: { cy: Core | null; store: AppStore; settled: (timeoutMs?: number) => Promise<void> };
  }
}
export {};
