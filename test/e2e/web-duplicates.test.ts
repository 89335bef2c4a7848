// The "possible duplicates" queue in the browser: an analyst sees a suggested pair side by side,
// merges one pair and keeps another apart; each decision leaves the queue and writes audit rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/model/event.js';
import type { Store } from '../../src/store/index.js';
import { startWebHarness, type WebHarness } from './web-harness.js';

let h: WebHarness;
const ids: Record<string, number> = {};

function rec(e: Partial<EventRecord>): EventRecord {
  return {
    doc: 'd',
    type: 'protest',
    date: '2024-10-05',
    date_end: null,
    country: 'RU',
    admin1: 'RU-PNZ',
    place: null,
    lat: null,
    lon: null,
    geo_precision: 2,
    actors: [],
    targets: [],
    quantity: null,
    quantity_unit: null,
    fatalities: null,
    aggregate: false,
    evidence: '',
    ...e,
  };
}

async function seed(store: Store) {
  const put = async (id: string, place: string | null, evidence: string) =>
    (
      await store.mentions.addDocument({ source: 'Test Wire', externalId: id, text: evidence }, [
        rec({ place, geo_precision: place ? 1 : 2, evidence }),
      ])
    ).mentions[0].eventId;
  ids.penza = await put('dq-1', 'Penza', 'Mothers of conscripts gathered in Penza on 5 October.');
  ids.kuznetsk = await put('dq-2', 'Kuznetsk', 'A picket took place in Kuznetsk on 5 October.');
  // Region-level: either town could be meant, so it stays apart with a suggestion for each.
  ids.region = await put('dq-3', null, 'В Пензенской области 5 октября прошёл пикет матерей призывников.');
  await store.users.create('ana', 'analyst password 1', 'analyst');
}

beforeAll(async () => {
  h = await startWebHarness((store) => seed(store));
}, 180_000);
afterAll(async () => {
  await h?.close();
});

describe('possible duplicates', () => {
  it('lists suggested pairs for analysts; accepting merges, dismissing keeps apart, each with audit rows', async () => {
    const before = await h.store.suggestions.list({ eventId: ids.region });
    expect(before.items).toHaveLength(2);
    await h.page.goto(h.base);
    await h.login('ana', 'analyst password 1');
    // The event page of the region-level report points to its two suggestions.
    await h.page.goto(`${h.base}/event/${ids.region}`);
    await expect
      .poll(() => h.page.getByTestId('suggested-duplicates').textContent())
      .toContain('2 possible duplicates of this event');
    await h.page.getByRole('link', { name: 'Possible duplicates', exact: true }).click();
    const cards = h.page.getByTestId('suggestion');
    await expect.poll(() => cards.count()).toBe(2);
    await h.screenshot('duplicates-queue');
    const text = await cards.first().textContent();
    expect(text).toContain('Пензенской'); // the evidence of the region-level report is shown
    // Kuznetsk and the region-level report: kept apart.
    await cards.filter({ hasText: 'Kuznetsk,' }).getByRole('button', { name: 'Different' }).click();
    await expect.poll(() => cards.count()).toBe(1);
    // Penza and the region-level report: one incident (the newer is merged into the older).
    await cards.filter({ hasText: 'Penza,' }).getByRole('button', { name: 'Same incident' }).click();
    await expect.poll(() => cards.count()).toBe(0);
    await expect.poll(() => h.page.getByText('No open suggestions.').count()).toBe(1);

    expect((await h.store.events.get(ids.region))?.merged_into).toBe(ids.penza);
    expect((await h.store.events.get(ids.kuznetsk))?.merged_into).toBeNull();
    const audit = (await h.store.audit.forEvent(ids.kuznetsk)).map((r) => r.action);
    expect(audit).toContain('suggestion_dismiss');
    expect((await h.store.audit.forEvent(ids.penza)).map((r) => r.action)).toContain('suggestion_accept');
    expect(h.errors).toEqual([]);
  }, 60_000);

  it('refuses the queue to visitors who are not signed in', async () => {
    const r = await h.app.inject({ url: '/api/suggestions' });
    expect(r.statusCode).toBe(401);
  });
});
