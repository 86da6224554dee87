import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { PRECACHE_MAX_BYTES } from './src/core/manifest.ts';

// Browser tests build several versions of the app side by side (update flow): each gets its own
// public folder (with its own compiled data) and build label.
const publicDir = process.env.APP_PUBLIC_DIR ?? 'public';
const build = process.env.APP_BUILD ?? new Date().toISOString().slice(0, 10);

/** The only third-party origin the app may contact: the configured map tile host. */
function tileOrigin(): string {
  const config = JSON.parse(readFileSync(join(process.env.DATA_DIR ?? 'data', 'config.json'), 'utf8')) as { map: { tiles: { url: string } } };
  return new URL(config.map.tiles.url.replace(/\{[a-z]\}/g, 'a')).origin;
}

/** The Content Security Policy, delivered with the page so it holds on any static host. */
export function contentSecurityPolicy(tiles = tileOrigin()): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' ${tiles} blob: data:`,
    `connect-src 'self' ${tiles}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ].join('; ');
}

function csp(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}" />`),
  };
}

/**
 * Marks the page when the compiled dataset is demonstration data (data/ is compiled before every
 * build), so the "Demonstration data" notice is in the very first render and never pushes the
 * page down when the dataset arrives a moment later.
 */
function demonstrationFlag(): Plugin {
  return {
    name: 'demonstration-flag',
    apply: 'build',
    transformIndexHtml(html) {
      const m = JSON.parse(readFileSync(join(publicDir, 'data', 'manifest.json'), 'utf8')) as { counts: { demonstration: number }; config: { area_name: string } };
      if (!m.counts.demonstration) return html;
      const area = m.config.area_name.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
      return html.replace('<html ', `<html data-demo-area="${area}" `);
    },
  };
}

/**
 * Headers a static host must send, as a `_headers` file (Netlify and Cloudflare Pages read it;
 * scripts/serve.mjs applies it too). README "Deploying" explains each one.
 */
export function headersFile(): string {
  return [
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicy()}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '  Permissions-Policy: geolocation=(self), camera=(), microphone=(), interest-cohort=()',
    '/sw.js',
    '  Cache-Control: no-cache',
    '/index.html',
    '  Cache-Control: no-cache',
    '/manifest.webmanifest',
    '  Cache-Control: no-cache',
    '/data/manifest.json',
    '  Cache-Control: no-cache',
    '/assets/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '/data/files/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}

function hostHeaders(): Plugin {
  return {
    name: 'host-headers',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
  };
}

export default defineConfig({
  publicDir,
  define: { __APP_BUILD__: JSON.stringify(build) },
  plugins: [
    csp(),
    demonstrationFlag(),
    hostHeaders(),
    preact(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'service-worker',
      filename: 'sw.ts',
      // The page registers the worker itself through src/offline/ (workbox-window).
      injectRegister: false,
      registerType: 'prompt',
      includeManifestIcons: false,
      injectManifest: {
        // Vite 8 would emit an ES module worker; a classic registration needs an IIFE.
        rollupFormat: 'iife',
        // PNG icons are left out: the browser fetches the one it needs when the app is installed,
        // and the page itself uses only the SVG.
        globPatterns: ['**/*.{js,css,html,svg,webmanifest,json}'],
        // Content-hashed files need no revision: the worker can then take them from the HTTP
        // cache the page has just filled instead of downloading them a second time.
        dontCacheBustURLsMatching: /^(assets|data\/files)\//,
        maximumFileSizeToCacheInBytes: PRECACHE_MAX_BYTES,
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
