import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';

// Browser tests build several versions of the app side by side (update flow): each gets its own
// public folder (with its own compiled data) and build label.
const publicDir = process.env.APP_PUBLIC_DIR ?? 'public';
const build = process.env.APP_BUILD ?? new Date().toISOString().slice(0, 10);

export default defineConfig({
  publicDir,
  define: { __APP_BUILD__: JSON.stringify(build) },
  plugins: [
    preact(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'service-worker',
      filename: 'sw.ts',
      // The page registers the worker itself through src/offline/ (workbox-window).
      injectRegister: false,
      registerType: 'prompt',
      injectManifest: {
        // Vite 8 would emit an ES module worker; a classic registration needs an IIFE.
        rollupFormat: 'iife',
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json}'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
      manifest: {
        name: 'Find Local Support',
        short_name: 'Local Support',
        description: 'Find local support for older people and carers: groups, helplines and guides, even offline.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        lang: 'en-GB',
        dir: 'ltr',
        theme_color: '#0b3d66',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
  build: {
    target: 'es2020',
    sourcemap: false,
  },
  preview: { port: 4173, strictPort: true },
});
