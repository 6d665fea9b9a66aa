import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
// The Content Security Policy and the other security headers, as a meta tag, preview headers and _headers.
import { securityHeaders } from './scripts/lib/security-headers';

// base './' so the built app works from any static host path (principle 5: static and offline).
export default defineConfig({
  base: './',
  plugins: [react(), securityHeaders()],
  build: { target: 'es2022', sourcemap: true },
  preview: { host: '127.0.0.1' },
});
