import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { openStore } from '../src/store/index.js';
import { buildApp } from '../src/server/app.js';
const store = await openStore('/tmp/khronika-bench-server/events-100000.db');
const app = await buildApp({ store, webRoot: '/work/main/web/dist' });
const base = await app.listen({ port: 0, host: '127.0.0.1' });
const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'x-')), { executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1400, height: 1000 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
for (const n of [0, 1000, 10000]) {
  const page = await ctx.newPage();
  await page.route('**/api/events/geojson*', async (route) => {
    const r = await route.fetch(); const j = await r.json(); j.features = j.features.slice(0, n); await route.fulfill({ json: j });
  });
  const t = performance.now();
  await page.goto(base + '/');
  await page.locator('[data-testid=map][data-loaded]').waitFor({ timeout: 60_000 });
  console.log(n, 'points: map', (performance.now() - t).toFixed(0));
  await page.close();
}
await ctx.close(); await app.close();
