// Shared by the browser tests: build the real web bundle, serve the real app over a temp SQLite store
// seeded with the fixture reports (plus any extra the test brings), and drive Debian's chromium.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium.js';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import type { Store } from '../../src/store/index.js';
import { openTempStore, seedFixtures } from '../../src/server/test-support.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface WebHarness {
  app: FastifyInstance;
  store: Store;
  browser: BrowserContext;
  page: Page;
  base: string;
  ids: Map<string, number>;
  /** page errors and console errors seen so far */
  errors: string[];
  screenshot(name: string): Promise<string>;
  login(username: string, password: string): Promise<void>;
  close(): Promise<void>;
}

export async function startWebHarness(
  seed?: (store: Store, ids: Map<string, number>) => Promise<void>,
): Promise<WebHarness> {
  const env = process.env.NODE_ENV; // the web config forces production for the build; restore ours after
  // A bundle of its own: another browser test file may be building web/dist at the same time.
  const webRoot = mkdtempSync(join(tmpdir(), 'khronika-web-dist-'));
  await build({ root: join(ROOT, 'web'), logLevel: 'warn', build: { outDir: webRoot, emptyOutDir: true } });
  if (env === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = env;
  const t = await openTempStore();
  const ids = await seedFixtures(t.store);
  await seed?.(t.store, ids);
  const app = await buildApp({ store: t.store, webRoot, publicCacheMs: 0 });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const profile = mkdtempSync(join(tmpdir(), 'khronika-chromium-'));
  const browser = await launchChromium(profile);
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  // The app must never reach outside its own origin (no glyph, tile or font servers).
  await browser.route(
    (url) => !url.href.startsWith(base) && !url.href.startsWith('blob:') && !url.href.startsWith('data:'),
    (route) => {
      errors.push(`outside request: ${route.request().url()}`);
      return route.abort();
    },
  );
  return {
    app,
    store: t.store,
    browser,
    page,
    base,
    ids,
    errors,
    async screenshot(name) {
      mkdirSync(join(ROOT, 'test-results'), { recursive: true });
      const path = join(ROOT, 'test-results', `${name}.png`);
      await page.screenshot({ path, fullPage: false });
      return path;
    },
    async login(username, password) {
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.fill('input[name=username]', username);
      await page.fill('input[name=password]', password);
      await page.locator('form[aria-label="log in"] button[type=submit]').click();
      await page.getByTestId('whoami').waitFor();
    },
    async close() {
      await browser.close();
      await app.close();
      await t.dispose();
      rmSync(profile, { recursive: true, force: true });
      rmSync(webRoot, { recursive: true, force: true });
    },
  };
}
