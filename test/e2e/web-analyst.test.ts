// Browser tests of the analyst's day (issue 12): region names in the filter, a map that reads, list rows
// that are links, a timeline with a date axis, an event page written for people, saved views.
// Screenshots go to test-results/ (git-ignored) for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/model/event.js';
import type { NewDocument, Store } from '../../src/store/index.js';
import { startWebHarness, type WebHarness } from './web-harness.js';

let h: WebHarness;
const rows = () => h.page.getByTestId('event-row');
let analyst: { cookie: string; 'x-csrf-token': string };

/** Headers of an analyst's API session (cookie and CSRF token). */
async function apiLogin(username: string, password: string) {
  const r = await h.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  const set = ([] as string[]).concat(r.headers['set-cookie'] ?? []);
  return { cookie: set.map((c) => c.split(';')[0]).join('; '), 'x-csrf-token': r.json().csrfToken as string };
}

/** A report of our own with one coded event; evidence is the whole text. */
function report(
  id: string,
  text: string,
  e: Partial<EventRecord> & Pick<EventRecord, 'type'>,
  lang = 'en',
): { doc: NewDocument; records: EventRecord[] } {
  return {
    doc: {
      externalId: id,
      source: 'Test Wire',
      title: text.slice(0, 40),
      text,
      published: e.date ?? null,
      lang,
      url: null,
    },
    records: [
      {
        doc: id,
        date: null,
        date_end: null,
        country: 'RU',
        admin1: null,
        place: null,
        lat: null,
        lon: null,
        geo_precision: 1,
        actors: [],
        targets: [],
        quantity: null,
        quantity_unit: null,
        fatalities: null,
        aggregate: false,
        evidence: text,
        confidence: 0.7,
        evidence_field: 'text',
        evidence_start: 0,
        evidence_end: text.length,
        extractor: 'fixture@1',
        ...e,
      },
    ],
  };
}

async function seed(store: Store, ids: Map<string, number>) {
  const add = async (r: ReturnType<typeof report>) =>
    ids.set(r.doc.externalId, (await store.mentions.addDocument(r.doc, r.records)).mentions[0].eventId);
  await add(
    report('ufa-picket', 'A lone picket stood outside the Ufa city hall on 3 July 2024 holding a blank sign.', {
      type: 'protest',
      date: '2024-07-03',
      place: 'Ufa',
      admin1: 'RU-BA',
      lat: 54.7431,
      lon: 55.9678,
    }),
  );
  await add(
    report(
      'ufa-rally',
      'Около сорока человек вышли на митинг в Уфе 5 июля 2024 года ✊ против сноса сквера.',
      {
        type: 'protest',
        date: '2024-07-05',
        place: 'Ufa',
        admin1: 'RU-BA',
        lat: 54.735,
        lon: 55.958,
        quantity: 40,
        quantity_unit: 'people',
      },
      'ru',
    ),
  );
  await add(
    report('kazan-sitin', 'Students held a sit-in at Kazan university from 20 to 23 June 2024 against tuition rises.', {
      type: 'protest',
      date: '2024-06-20',
      date_end: '2024-06-23',
      place: 'Kazan',
      admin1: 'RU-TA',
      lat: 55.7887,
      lon: 49.1221,
    }),
  );
  // one report, two events backed by the same sentence: merged, the sentence is quoted once
  const fires =
    'Two enlistment offices were set on fire overnight on 1 May 2024, one in Chelyabinsk and one in Magnitogorsk.';
  const two = report('two-fires', fires, {
    type: 'arson',
    date: '2024-05-01',
    place: 'Chelyabinsk',
    admin1: 'RU-CHE',
    lat: 55.1644,
    lon: 61.4368,
  });
  two.records.push({ ...two.records[0], place: 'Magnitogorsk', lat: 53.4186, lon: 58.9794 });
  const res = await store.mentions.addDocument(two.doc, two.records);
  ids.set('fire-chelyabinsk', res.mentions[0].eventId);
  ids.set('fire-magnitogorsk', res.mentions[1].eventId);
  await store.users.create('ana', 'analyst password 1', 'analyst');
  await store.users.create('bob', 'viewer password 1', 'viewer');
}

beforeAll(async () => {
  h = await startWebHarness(seed);
  analyst = await apiLogin('ana', 'analyst password 1');
}, 180_000);
afterAll(async () => {
  await h?.close();
});

describe('region filter', () => {
  it('the API takes region names and codes, and refuses an unknown name with a clear 400', async () => {
    const byName = await h.app.inject({ url: '/api/events?admin1=Bashkortostan&status=unreviewed', headers: analyst });
    expect(byName.statusCode).toBe(200);
    expect(byName.json().items.map((e: { admin1: string }) => e.admin1)).toEqual(['RU-BA', 'RU-BA']);
    for (const name of ['Башкортостан', 'bashkiria', 'RU-BA', 'ru-ba', 'Republic of Bashkortostan']) {
      const r = await h.app.inject({
        url: `/api/events/counts?status=unreviewed&admin1=${encodeURIComponent(name)}`,
        headers: analyst,
      });
      expect(r.json().total, name).toBe(2);
    }
    // a bulk action's query takes names too, and refuses unknown ones before touching anything
    const bulk = await h.app.inject({
      method: 'POST',
      url: '/api/events/bulk',
      headers: analyst,
      payload: { action: 'verify', query: { admin1: 'Atlantis' } },
    });
    expect(bulk.statusCode).toBe(400);
    expect(bulk.json().message).toMatch(/^query\.admin1: unknown region "Atlantis"/);
    const bad = await h.app.inject({ url: '/api/events?admin1=Bashkirland' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/unknown region "Bashkirland".*ISO 3166-2 code/);
  });

  it('a link with a region name filters by that region and shows its name in the box and the list', async () => {
    await h.page.goto(h.base + '/');
    await h.login('ana', 'analyst password 1');
    await h.page.goto(h.base + '/?admin1=Bashkortostan');
    await expect.poll(() => h.page.url()).toContain('admin1=RU-BA');
    await h.screenshot('region-by-link');
    await expect.poll(() => rows().count()).toBe(2);
    expect(await h.page.inputValue('input[name=admin1]')).toBe('Bashkortostan');
    expect(await rows().first().locator('td').nth(4).textContent()).toBe('Bashkortostan');
  });

  it('suggests regions as one types, in Russian too, and filters on the one picked', async () => {
    await h.page.goto(h.base + '/');
    await expect.poll(() => rows().count()).toBeGreaterThan(2);
    const box = h.page.locator('input[name=admin1]');
    await box.fill('Башк');
    const option = h.page.locator('ul[role=listbox] li[role=option]').first();
    await expect.poll(() => option.textContent()).toMatch(/Bashkortostan.*Башкортостан.*RU-BA/);
    await h.screenshot('region-suggestions');
    await option.click();
    await expect.poll(() => h.page.url()).toContain('admin1=RU-BA');
    await expect.poll(() => rows().count()).toBe(2);
    expect(await box.inputValue()).toBe('Bashkortostan');
  });

  it('an unknown name is an error in the box, and no events are shown as if it matched', async () => {
    const box = h.page.locator('input[name=admin1]');
    await box.fill('Bashkirland');
    await box.press('Enter');
    await expect.poll(() => h.page.getByTestId('region-error').textContent()).toMatch(/unknown region "Bashkirland"/);
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect(await box.inputValue()).toBe('Bashkirland');
    await expect.poll(() => rows().count()).toBe(0);
    expect(await h.page.getByTestId('total').textContent()).toBe('0');
    expect(await h.page.getByTestId('filter-error').textContent()).toMatch(/No events shown/);
    await h.screenshot('region-unknown');
  });

  it('the event page names the region', async () => {
    await h.page.goto(`${h.base}/event/${h.ids.get('ufa-picket')}`);
    await h.page.getByTestId('event-page').waitFor();
    expect(await h.page.locator('.fields').textContent()).toMatch(
      /RegionRepublic of Bashkortostan \(RU-BA · Республика Башкортостан\)/,
    );
  });
});

describe('event list', () => {
  it('each row is a real link: a middle click on the row opens the event in a new tab, a click opens it here', async () => {
    await h.page.goto(h.base + '/?type=protest');
    await expect.poll(() => rows().count()).toBe(5);
    const kazan = rows().filter({ hasText: 'Kazan' });
    const link = kazan.locator('a.row-link');
    expect(await link.getAttribute('href')).toBe(`/event/${h.ids.get('kazan-sitin')}?type=protest`);
    // what is under the middle of the place cell is the row's link
    expect(
      await kazan
        .locator('td')
        .nth(3)
        .evaluate((td) => {
          const r = td.getBoundingClientRect();
          return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.className;
        }),
    ).toBe('row-link');
    const place = (await kazan.locator('td').nth(3).boundingBox())!;
    const [tab] = await Promise.all([
      h.browser.waitForEvent('page', { timeout: 5000 }),
      h.page.mouse.click(place.x + place.width / 2, place.y + place.height / 2, { button: 'middle' }),
    ]);
    await tab.waitForURL(/\/event\/\d+/, { timeout: 5000 });
    await tab.getByTestId('event-page').waitFor();
    expect(await tab.locator('h1').textContent()).toContain('Kazan');
    await tab.close();
    expect(h.page.url()).toBe(h.base + '/?type=protest');
    await h.page.mouse.click(place.x + place.width / 2, place.y + place.height / 2);
    await h.page.getByTestId('event-page').waitFor();
    expect(h.page.url()).toContain(`/event/${h.ids.get('kazan-sitin')}`);
  });

  it('dates do not wrap, a date range included', async () => {
    await h.page.goto(h.base + '/');
    await expect.poll(() => rows().count()).toBeGreaterThan(5);
    const lines = await h.page.$$eval('[data-testid=event-row] td.date', (tds) =>
      tds.map((td) => {
        const r = document.createRange();
        r.selectNodeContents(td);
        return new Set([...r.getClientRects()].map((c) => Math.round(c.top))).size;
      }),
    );
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.every((n) => n === 1)).toBe(true);
    expect(await rows().filter({ hasText: 'Kazan' }).locator('td.date').textContent()).toBe('2024-06-20 – 2024-06-23');
    await h.screenshot('list');
  });
});

describe('timeline', () => {
  const ticks = () => h.page.$$eval('[data-testid=time-ticks] text', (ts) => ts.map((t) => t.textContent));
  it('has a date axis with ticks on round dates', async () => {
    await h.page.goto(h.base + '/');
    await expect.poll(() => rows().count()).toBeGreaterThan(5);
    await expect.poll(ticks).toEqual(['Mar 2024', 'Apr', 'May', 'Jun', 'Jul', 'Aug']);
    await h.screenshot('timeline');
  });

  it('keeps bars narrow when few buckets match', async () => {
    await h.page.goto(h.base + '/?admin1=RU-BA');
    await expect.poll(() => rows().count()).toBe(2);
    await expect.poll(ticks).toEqual(['Jul 2024']);
    const bars = await h.page.$$eval('.timeline rect.bar', (rs) => rs.map((r) => r.getBoundingClientRect().width));
    const svg = (await h.page.locator('.timeline svg').boundingBox())!;
    expect(bars).toHaveLength(1);
    expect(bars[0]).toBeGreaterThan(4);
    expect(bars[0]).toBeLessThanOrEqual(40);
    expect(svg.width).toBeGreaterThan(300);
  });

  it('labels days when a short range is filtered', async () => {
    await h.page.goto(h.base + '/?from=2024-07-01&to=2024-07-31');
    await expect.poll(() => rows().count()).toBe(2);
    const labels = await (async () => {
      await expect.poll(async () => (await ticks()).length).toBeGreaterThan(0);
      return ticks();
    })();
    expect(labels[0]).toMatch(/^3 Jul 2024$/);
    await h.screenshot('timeline-days');
  });
});

describe('map', () => {
  type Rendered = { layer: { id: string }; properties: Record<string, unknown> };
  const mapState = () =>
    h.page.evaluate(() => {
      const m = (
        window as unknown as {
          __khronikaMap: {
            getBounds(): { toArray(): number[][] };
            getZoom(): number;
            queryRenderedFeatures(o: unknown): Rendered[];
          };
        }
      ).__khronikaMap;
      const labels = m
        .queryRenderedFeatures({ layers: ['region-labels', 'settlement-labels'] })
        .map((f) => `${f.layer.id}:${String(f.properties.name)}`);
      return { bounds: m.getBounds().toArray(), zoom: m.getZoom(), labels };
    });

  it('zooms to the filtered events and names regions and settlements with its own fonts, offline', async () => {
    const fonts: string[] = [];
    const onRequest = (r: { url(): string }) => {
      if (/\.woff2$/.test(r.url())) fonts.push(r.url());
    };
    h.page.on('request', onRequest);
    await h.page.goto(h.base + '/?admin1=Bashkortostan');
    await h.page.locator('[data-testid=map][data-loaded="2"]').waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await mapState()).labels).toContain('settlement-labels:Ufa');
    const { bounds, zoom, labels } = await mapState();
    const [[w, s], [e, n]] = bounds;
    expect(w).toBeLessThan(55.96);
    expect(e).toBeGreaterThan(55.96);
    expect(s).toBeLessThan(54.74);
    expect(n).toBeGreaterThan(54.74);
    expect(e - w).toBeLessThan(30); // not the whole country
    expect(zoom).toBeGreaterThan(4);
    expect(labels.some((l) => l.startsWith('region-labels:'))).toBe(true);
    expect(fonts.some((u) => u.startsWith(h.base) && /noto-sans-(latin|cyrillic)/.test(u))).toBe(true);
    h.page.off('request', onRequest);
    await h.page.waitForTimeout(300); // the label fade-in
    await h.screenshot('map-bashkortostan');
    expect(h.errors.filter((e) => /outside request/.test(e))).toEqual([]);
  });

  it('has a legend for the region shading and the point colours', async () => {
    const legend = h.page.getByTestId('map-legend');
    expect(await legend.textContent()).toMatch(/Events per region.*none.*1–9.*10–99.*100\+/);
    expect(await legend.textContent()).toMatch(/Event type.*protest/);
    expect(await legend.locator('.legend-types span').count()).toBe(1);
  });

  it('zooms back out to all events when the filter is cleared', async () => {
    await h.page.getByRole('button', { name: 'Clear' }).click();
    await h.page.locator('[data-testid=map][data-loaded="10"]').waitFor({ timeout: 30_000 });
    const { bounds } = await mapState();
    expect(bounds[0][0]).toBeLessThan(21); // Kaliningrad
    expect(bounds[1][0]).toBeGreaterThan(127); // Blagoveshchensk
    await h.screenshot('map-all');
  });
});

describe('event page', () => {
  const history = () => h.page.getByTestId('audit-row');
  it('merges by choosing among suggested candidates, and tells the history in words', async () => {
    expect(h.ids.get('fire-chelyabinsk')).not.toBe(h.ids.get('fire-magnitogorsk'));
    const rally = h.ids.get('ufa-rally')!;
    await h.page.goto(`${h.base}/event/${h.ids.get('ufa-picket')}`);
    const candidates = h.page.getByTestId('merge-candidates').locator('li');
    await expect.poll(() => candidates.count()).toBe(1);
    expect(await candidates.first().textContent()).toMatch(
      /protest, 2024-07-05, Ufa · 2 days apart · 1 km away · 1 source · unreviewed/,
    );
    await h.page.fill('input[name=reason]', 'same square, two outlets');
    await candidates.first().locator('input[type=checkbox]').check();
    await h.page.getByRole('button', { name: 'Merge 1 event into this one' }).click();
    await expect.poll(() => h.page.getByTestId('source').count()).toBe(2);
    await expect
      .poll(() => history().last().locator('td').nth(1).textContent())
      .toBe(`Merged event ${rally} into this one by ana`);
    expect(await history().last().locator('td').nth(2).textContent()).toBe('same square, two outlets');
    expect(await history().last().locator(`a[href^="/event/${rally}"]`).count()).toBe(1);
    await expect.poll(() => candidates.count()).toBe(0);

    await h.page.getByRole('button', { name: 'Verify', exact: true }).click();
    await expect.poll(() => history().last().locator('td').nth(1).textContent()).toBe('Verified by ana');
    await h.page.getByRole('button', { name: 'Edit', exact: true }).click();
    await h.page.fill('form[aria-label="edit event"] input[name=place]', 'Ufa, city hall');
    await h.page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => history().last().locator('td').nth(1).textContent())
      .toBe('Edited place: Ufa → Ufa, city hall by ana');
    expect(await h.page.locator('.history').textContent()).not.toMatch(/[{}"]/);
  });

  it('renders emoji in report text with the bundled emoji font', async () => {
    await h.page.locator('[data-testid=doc-text]', { hasText: '✊' }).waitFor();
    await expect
      .poll(() =>
        h.page.evaluate(() =>
          [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Noto Emoji' && f.status === 'loaded'),
        ),
      )
      .toBe(true);
    // the emoji is drawn (ink on a canvas in the page's font stack), not a blank or a missing-glyph box
    const ink = await h.page.evaluate(() => {
      const draw = (s: string) => {
        const c = document.createElement('canvas');
        c.width = 64;
        c.height = 64;
        const g = c.getContext('2d')!;
        g.font = `48px ${getComputedStyle(document.documentElement).fontFamily}`;
        g.fillText(s, 4, 52);
        const d = g.getImageData(0, 0, 64, 64).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i] > 128) n++;
        return n;
      };
      return { fist: draw('✊'), box: draw('\u{10FFFD}') };
    });
    expect(ink.fist).toBeGreaterThan(150);
    expect(ink.fist).not.toBe(ink.box);
    await h.page.locator('[data-testid=doc-text]', { hasText: '✊' }).scrollIntoViewIfNeeded();
    await h.screenshot('event-page-emoji');
  });

  it('after a merge, quotes a sentence once that backed both events', async () => {
    const [a, b] = [h.ids.get('fire-chelyabinsk')!, h.ids.get('fire-magnitogorsk')!];
    await h.page.goto(`${h.base}/event/${a}`);
    await h.page.getByTestId('event-page').waitFor();
    await h.page.fill('input[aria-label="other event ids to merge in"]', String(b));
    await h.page.getByRole('button', { name: 'Merge 1 event into this one' }).click();
    await expect
      .poll(() => history().last().locator('td').nth(1).textContent())
      .toBe(`Merged event ${b} into this one by ana`);
    const quotes = h.page.getByTestId('evidence-quote');
    expect(await quotes.count()).toBe(1);
    expect(await quotes.first().textContent()).toMatch(/Two enlistment offices.*2 mentions/);
    await h.screenshot('event-page-merged');
  });
});

describe('saved views', () => {
  const views = () => h.page.getByTestId('saved-view');
  it('names the current filter, lists it on the front page and returns to it', async () => {
    await h.page.goto(h.base + '/?type=protest&admin1=Bashkortostan');
    await expect.poll(() => h.page.url()).toContain('admin1=RU-BA');
    await h.page.getByRole('button', { name: 'Save this view…' }).click();
    await h.page.fill('input[aria-label="view name"]', 'Protests in Bashkortostan');
    await h.page.locator('form[aria-label="save view"] input[name=shared]').check();
    await h.page.locator('form[aria-label="save view"] button[type=submit]').click();
    await expect.poll(() => views().count()).toBe(1);
    expect(await views().first().textContent()).toMatch(/^Protests in Bashkortostan \(shared\)/);
    expect(await views().first().getAttribute('class')).toBe('on');

    await h.page.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(() => h.page.url()).toBe(h.base + '/');
    await h.page.reload();
    await expect.poll(() => views().count()).toBe(1);
    expect(await views().first().getAttribute('class')).toBeNull();
    await views().first().getByRole('link').click();
    await expect.poll(() => h.page.url()).toBe(h.base + '/?type=protest&admin1=RU-BA');
    expect(await h.page.inputValue('input[name=admin1]')).toBe('Bashkortostan');
    await expect.poll(() => rows().count()).toBeGreaterThan(0);
    expect((await rows().allTextContents()).every((t) => t.includes('Bashkortostan'))).toBe(true);
    await h.screenshot('saved-views');
  });

  it('keeps views per user: another user sees a shared view but cannot delete it', async () => {
    const bob = await apiLogin('bob', 'viewer password 1');
    const seen = (await h.app.inject({ url: '/api/views', headers: bob })).json().items;
    expect(seen).toEqual([
      expect.objectContaining({
        name: 'Protests in Bashkortostan',
        owner: 'ana',
        shared: true,
        query: 'type=protest&admin1=RU-BA',
      }),
    ]);
    const del = await h.app.inject({ method: 'DELETE', url: `/api/views/${seen[0].id}`, headers: bob });
    expect(del.statusCode).toBe(403);
    expect((await h.app.inject({ url: '/api/views' })).statusCode).toBe(401);
  });

  it('the API refuses a bad query, an unknown region and a duplicate name with clear messages', async () => {
    const post = (payload: Record<string, unknown>) =>
      h.app.inject({ method: 'POST', url: '/api/views', headers: analyst, payload });
    const region = await post({ name: 'x', query: 'admin1=Atlantis' });
    expect(region.statusCode).toBe(400);
    expect(region.json().message).toMatch(/unknown region "Atlantis"/);
    const type = await post({ name: 'x', query: 'type=picnic' });
    expect(type.statusCode).toBe(400);
    expect(type.json().message).toMatch(/^query: type/);
    const dup = await post({ name: 'Protests in Bashkortostan', query: 'type=protest' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().message).toMatch(/already have a view named "Protests in Bashkortostan"/);
    const ok = await post({
      name: 'Ufa by name',
      query: 'admin1=Уфа'.replace('Уфа', 'Башкортостан') + '&type=protest',
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().query).toBe('type=protest&admin1=RU-BA');
  });

  it('deletes a view of ones own', async () => {
    await h.page.reload();
    await expect.poll(() => views().count()).toBe(2);
    h.page.once('dialog', (d) => void d.accept());
    await h.page.getByRole('button', { name: 'delete saved view Ufa by name' }).click();
    await expect.poll(() => views().count()).toBe(1);
    expect(await views().first().textContent()).toMatch(/^Protests in Bashkortostan/);
  });
});

describe('the session as a whole', () => {
  it('saw no page errors, CSP violations or requests outside the app', () => {
    expect(h.errors).toEqual([]);
  });
});
