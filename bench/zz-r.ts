import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { openStore } from '../src/store/index.js';
import { buildApp } from '../src/server/app.js';
const store = await openStore('/tmp/khronika-bench/events-100000.db');
const app = await buildApp({ store, webRoot: '/work/main/web/dist' });
const base = await app.listen({ port: 0, host: '127.0.0.1' });
const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'x-')), { executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1400, height: 1000 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
for (let i = 0; i < 2; i++) {
const page = await ctx.newPage();
const t = performance.now();
await page.goto(base + '/');
await page.getByTestId('event-row').first().waitFor();
const tl = performance.now() - t;
await page.locator('[data-testid=map][data-loaded]').waitFor({ timeout: 60_000 });
console.log('list', tl.toFixed(0), 'map', (performance.now() - t).toFixed(0));
const r = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => `${e.name.replace(location.origin, '').slice(0, 60)} start ${e.startTime.toFixed(0)} dur ${e.duration.toFixed(0)}`));
console.log(r.join('\n'));
await page.close();
}
await ctx.close(); await app.close();
