import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { gqlDocuments } from './scripts/gql-documents-plugin.mjs';

// `npm run dev`: hot reload on :5173, /graphql and the OCDS export proxied to a gateway on :4000 (npm start at the root).
export default defineConfig({
  plugins: [gqlDocuments(), react()],
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', changeOrigin: true },
      '/ocds': { target: 'http://127.0.0.1:4000', changeOrigin: true },
      '/credit-reports': { target: 'http://127.0.0.1:4000', changeOrigin: true },
    },
  },
  // the manifest lets scripts/budget.mjs follow each page's static imports
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500, manifest: true },
});
