// Browser end-to-end: builds the real web bundle, serves the real app over a temp SQLite store seeded
// with fixture reports (one carrying script/HTML payloads), and drives Debian's chromium through the
// main flows: filter, open an event, see its evidence, log in, verify, see the audit row.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium.js';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { DEFAULT_VIEW_URLS } from '../../src/server/default-view.js';
import { openTempStore, seedFixtures } from '../../src/server/test-support.js';
import { reviewFor } from '../../src/review/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let app: FastifyInstance;
let browser: BrowserContext;
let page: Page;
let base: string;
let ids: Map<string, number>;
let cleanup: () => Promise<void>;
let profile: string;
const pageErrors: string[] = [];
const dialogs: string[] = [];

beforeAll(async () => {
  const env = process.env.NODE_ENV; // the web config forces production for the build; restore ours after
  await build({ root: join(ROOT, 'web'), logLevel: 'warn' });
  if (env === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = env;
  const t = await openTempStore();
  cleanup = t.dispose;
  ids = await seedFixtures(t.store);
  await t.store.users.create('ana', 'analyst password 1', 'analyst');
  await reviewFor(t.store).verify(ids.get('kaliningrad-fire')!, { userId: null });
  app = await buildApp({ store: t.store, webRoot: join(ROOT, 'web/dist') });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  profile = mkdtempSync(join(tmpdir(), 'khronika-chromium-'));
  // A fresh profile each run; background networking off (the machine has no internet).
  browser = await launchChromium(profile);
  page = await browser.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  // CSP violations and failed loads surface as console errors
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await cleanup?.();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

const rows = () => page.getByTestId('event-row');

describe('web app in chromium', () => {
  it('shows anonymous visitors verified events only, with undated/unplaced counts', async () => {
    const requested: string[] = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.pathname.startsWith('/api/events')) requested.push(u.pathname + u.search);
    });
    await page.goto(base + '/');
    await page.locator('[data-testid=map][data-loaded]').waitFor({ timeout: 30_000 });
    // the server pre-computes exactly these at start-up
    expect(requested.sort()).toEqual([...DEFAULT_VIEW_URLS].sort());
    await expect.poll(() => page.getByTestId('total').textContent()).toBe('1');
    const csp = (await page.request.get(base + '/')).headers()['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    await expect.poll(() => rows().count()).toBe(1);
    expect(await page.getByTestId('undated').textContent()).toBe('0 undated');
    expect(await rows().first().textContent()).toContain('Kaliningrad');
  });

  it('logs in as analyst, filters by type and date (kept in the URL)', async () => {
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.fill('input[name=username]', 'ana');
    await page.fill('input[name=password]', 'analyst password 1');
    await page.locator('form[aria-label="log in"] button[type=submit]').click();
    await expect.poll(() => page.getByTestId('whoami').textContent()).toBe('ana (analyst)');
    await expect.poll(() => page.getByTestId('total').textContent()).toBe('6');
    expect(await page.getByTestId('unplaced').textContent()).toBe('1 unplaced');

    await page.locator('label.chip', { hasText: 'protest' }).click();
    await expect.poll(() => rows().count()).toBe(2);
    expect(page.url()).toContain('type=protest');
    await page.fill('input[name=from]', '2024-03-01');
    await page.fill('input[name=to]', '2024-03-31');
    await expect.poll(() => rows().count()).toBe(1);
    expect(page.url()).toMatch(/from=2024-03-01.*to=2024-03-31/);
    // the link alone restores the view
    await page.reload();
    await expect.poll(() => rows().count()).toBe(1);
  });

  it('opens the event and sees its evidence highlighted in the report', async () => {
    await rows().first().click();
    await page.getByTestId('event-page').waitFor();
    const marked = await page.locator('mark.evidence').first().textContent();
    expect(marked).toContain('Several hundred people gathered on Pushkin Square');
    expect(await page.getByTestId('event-status').textContent()).toBe('unreviewed');
  });

  it('verifies it and sees the audit row', async () => {
    await page.fill('input[name=reason]', 'checked against a second outlet');
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    await expect.poll(() => page.getByTestId('event-status').textContent()).toBe('verified');
    const audit = page.getByTestId('audit-row').last();
    await expect.poll(() => audit.textContent()).toMatch(/Verified by ana.*checked against a second outlet/);
  });

  it('marks a source publishable from its block, with an audit row', async () => {
    const mark = page.getByTestId('publishable').first();
    expect(await mark.textContent()).toMatch(/withheld from the public/);
    await mark.getByRole('button', { name: 'Publish' }).click();
    await expect.poll(() => mark.textContent()).toMatch(/shown to the public/);
    await expect
      .poll(() => page.getByTestId('audit-row').last().textContent())
      .toMatch(/Made a source's title and link public by ana/);
  });

  it('edits a field; the audit row records only that change', async () => {
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.fill('form[aria-label="edit event"] input[name=quantity]', '350');
    await page.getByRole('button', { name: 'Save' }).click();
    const audit = page.getByTestId('audit-row').last();
    await expect.poll(() => audit.textContent()).toMatch(/Edited quantity: 300 → 350 by ana/);
  });

  it('brushes the timeline to filter by date', async () => {
    await page.goto(base + '/');
    await expect.poll(() => rows().count()).toBe(6);
    const box = (await page.locator('.timeline svg').boundingBox())!;
    // six monthly bars, 2024-03 … 2024-08: drag across the first two
    await page.mouse.move(box.x + box.width * 0.05, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => page.url()).toMatch(/from=2024-03&to=2024-04/);
    await expect.poll(() => rows().count()).toBe(2);
  });

  it('bulk-verifies selected rows of the filtered list', async () => {
    await page.goto(base + '/?status=unreviewed');
    await expect.poll(() => rows().count()).toBe(4);
    await rows().nth(0).locator('input[type=checkbox]').check();
    await rows().nth(1).locator('input[type=checkbox]').check();
    await page.getByRole('button', { name: 'Verify selected (2)' }).click();
    await expect.poll(() => rows().count()).toBe(2);
  });

  it('shows report text with script and HTML payloads as text, executing nothing', async () => {
    await page.goto(`${base}/event/${ids.get('xss-payload')}`);
    await page.getByTestId('doc-text').waitFor();
    const text = await page.getByTestId('doc-text').textContent();
    expect(text).toContain('<script>window.__xss = 1;');
    expect(text).toContain('<img src=x onerror=');
    expect(
      await page.locator('[data-testid=doc-text] img, [data-testid=doc-text] script, [data-testid=doc-text] b').count(),
    ).toBe(0);
    await page.locator('mark.evidence').first().hover();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.title()).toBe('Khronika');
    expect(dialogs).toEqual([]);
  });

  it('renders the map with the boundaries and event points, and saves a screenshot', async () => {
    await page.goto(base + '/');
    await page.locator('[data-testid=map][data-loaded]').waitFor({ timeout: 30_000 });
    expect(Number(await page.getByTestId('map').getAttribute('data-loaded'))).toBe(5);
    const rendered = await page.evaluate(() => {
      const m = (
        window as unknown as { __khronikaMap: { queryRenderedFeatures(o: unknown): { layer: { id: string } }[] } }
      ).__khronikaMap;
      const layers = m.queryRenderedFeatures({ layers: ['regions-fill', 'clusters', 'points'] }).map((f) => f.layer.id);
      return {
        regions: layers.filter((l) => l === 'regions-fill').length,
        points: layers.filter((l) => l !== 'regions-fill').length,
      };
    });
    expect(rendered.regions).toBeGreaterThan(50);
    expect(rendered.points).toBeGreaterThan(0);
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-results/map.png'), fullPage: false });
    expect(pageErrors).toEqual([]);
  });
});
