import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
// The Content Security Policy and the other security headers, as a meta tag, preview headers and _headers.
import { securityHeaders } from './scripts/lib/security-headers';

// base './' so the built app works from any static host path (principle 5: static and offline).
export default defineConfig({
  base: './',
  plugins: [react(), securityHeaders()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // Cytoscape alone is ~430 kB minified and cannot be split: the main chunk (React + Cytoscape +
    // the app, ~750 kB, ~240 kB gzip) and the layout worker (Cytoscape + fcose, ~570 kB) are over
    // Vite's 500 kB default by design. The bench tracks the first screen's gzip size instead.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      // Rolldown warns when plugin callbacks take long; on a busy 2-core CI machine that measures
      // the machine's load, not a plugin's fault, and a newcomer would read it as a problem.
      checks: { bundlerTimings: false },
    },
  },
  worker: { rolldownOptions: { checks: { bundlerTimings: false } } },
  preview: { host: '127.0.0.1' },
});
