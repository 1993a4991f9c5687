import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    // The API lives on the server package; in development Vite serves the UI and forwards /api,
    // so the session cookie stays same-origin exactly as in production.
    proxy: { '/api': 'http://localhost:3000' },
  },
});
