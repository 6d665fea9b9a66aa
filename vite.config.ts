import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// base './' so the built app works from any static host path (principle 5: static and offline).
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: true },
  preview: { host: '127.0.0.1' },
});
