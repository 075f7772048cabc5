// Builds the web app (src/web) into dist/web, which the Paso server serves in production, with a
// service worker (vite-plugin-pwa, generateSW) that keeps the app and the booth's reference data on the
// device, so the booth, tally mode and the document check open and work without a network.
// In development the Vite server proxies /api to a Paso server on 127.0.0.1:8080.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// Reference data the booth reads and may show from the device while offline: the document policy
// (with its version), checkpoints and booths, country names, the server's name. Never personal data,
// never the session, never screening.
const OFFLINE_READS = /\/api\/(meta|checkpoints|countries|documents\/policy)$/;

export default defineConfig({
  root: 'src/web',
  base: '/',
  plugins: [
    react(),
    VitePWA({
      // A new version waits for the officer (and for no record being edited): see offline/update-prompt.
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'generateSW',
      filename: 'sw.js',
      manifestFilename: 'manifest.webmanifest',
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Paso',
        short_name: 'Paso',
        description: 'Paso: control y conteo en el paso fronterizo.',
        lang: 'es',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f4e79',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2}'],
        // ECOSYSTEM.md pitfall 8: the default 2 MiB limit silently leaves big bundles out.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: '/index.html',
        // The API (its docs included) and the health checks are the server's, never the app's.
        navigateFallbackDenylist: [/^\/api\//, /^\/(healthz|readyz)$/],
        cleanupOutdatedCaches: true,
        // The first install takes the open page at once, so its reference reads are kept; an update
        // still waits (no skipWaiting) until the officer takes it.
        clientsClaim: true,
        runtimeCaching: [
          {
            urlPattern: OFFLINE_READS,
            method: 'GET',
            handler: 'NetworkFirst',
            options: { cacheName: 'paso-reference', expiration: { maxEntries: 20 } },
          },
        ],
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
  },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false },
    },
  },
});
