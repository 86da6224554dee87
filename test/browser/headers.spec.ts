import { expect, test } from '@playwright/test';

// The build ships a `_headers` file for static hosts; the test server applies it like one.
test('the build tells the host the caching and security headers, and they are served', async ({ request }) => {
  const shell = await request.get('/services');
  expect(shell.headers()['cache-control']).toBe('no-cache');
  const csp = shell.headers()['content-security-policy'];
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(shell.headers()['x-content-type-options']).toBe('nosniff');
  expect((await request.get('/sw.js')).headers()['cache-control']).toBe('no-cache');
  const manifest = await request.get('/data/manifest.json');
  expect(manifest.headers()['cache-control']).toBe('no-cache');
  // The data files are named by their content, so they never change: cached for good.
  const areaFile = `/data/${((await manifest.json()) as { national: { file: string } }).national.file}`;
  expect((await request.get(areaFile)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  // Text is sent compressed when the browser accepts it.
  expect((await request.get(areaFile, { headers: { 'Accept-Encoding': 'br, gzip' } })).headers()['content-encoding']).toMatch(/^(br|gzip)$/);
  const html = await shell.text();
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1];
  expect((await request.get(asset)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});
