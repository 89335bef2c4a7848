// The bundled samples (samples/, fictional reports) as a new user ingests them: each incident told
// by several outlets ends as one event with all its sources (issue 11).
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { readInputs } from '../../src/ingest/readers/index.js';
import { sqliteTestStore, type TestStore } from '../../src/store/test-support.js';

const SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url));

describe('the bundled samples, ingested', () => {
  let t: TestStore;
  beforeAll(async () => {
    t = await sqliteTestStore();
    await ingest(readInputs([SAMPLES]), t.store, { extract });
  }, 120_000);
  afterAll(async () => t?.dispose());

  const open = () => t.store.db.selectFrom('events').selectAll().where('status', '!=', 'merged');

  it('the Kovrov arson is one event with all its reports; the later arrest report does not redate it', async () => {
    const arsons = await open().where('type', '=', 'arson').where('admin1', '=', 'RU-VLA').execute();
    expect(arsons.map((e) => [e.place, e.date])).toEqual([['Kovrov', '2024-03-11']]);
    expect(arsons[0].sources_count).toBeGreaterThanOrEqual(5);
  });

  it('the Free Volga appeal and the Gomel verdict are one event each', async () => {
    const appeals = await open().where('type', '=', 'statement').where('actors', 'like', '%Free Volga%').execute();
    expect(appeals).toHaveLength(1);
    const verdicts = await open()
      .where('type', '=', 'arrest')
      .where('place', '=', 'Gomel')
      .where('date', 'like', '2024-%')
      .execute();
    expect(verdicts).toHaveLength(1);
    expect(verdicts[0].sources_count).toBeGreaterThanOrEqual(3);
  });
});
