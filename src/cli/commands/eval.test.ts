import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { register } from './eval.js';

// Two small documents of our own and a gold file with one malformed line, run through the real extractor.
const dir = mkdtempSync(join(tmpdir(), 'khronika-eval-cli-'));
const docs = join(dir, 'docs.jsonl');
const gold = join(dir, 'gold.jsonl');
writeFileSync(
  docs,
  [
    JSON.stringify({
      id: 'a',
      published: '2023-04-03',
      lang: 'en',
      text: 'On Saturday police in Kazan detained 14 people at an anti-war picket outside the city hall.',
    }),
    '{"id": "broken"',
    JSON.stringify({
      id: 'b',
      published: '2023-04-03',
      lang: 'ru',
      text: 'В субботу в Казани полиция задержала 14 участников антивоенного пикета у здания мэрии.',
    }),
  ].join('\n'),
);
writeFileSync(
  gold,
  [
    JSON.stringify({
      doc: 'a',
      events: [
        {
          type: 'arrest',
          date: '2023-04-01',
          date_end: null,
          country: 'RU',
          admin1: 'RU-TA',
          place: 'Kazan',
          lat: 55.79,
          lon: 49.12,
          geo_precision: 1,
          actors: [],
          targets: ['protesters'],
          quantity: 14,
          quantity_unit: 'people',
          fatalities: null,
          aggregate: false,
          evidence: 'On Saturday police in Kazan detained 14 people at an anti-war picket outside the city hall.',
        },
      ],
    }),
    JSON.stringify({ doc: 'b', events: [{ type: 'nonsense' }] }),
  ].join('\n'),
);

async function run(...args: string[]): Promise<{ out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    out += String(s);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    err += String(s);
    return true;
  });
  const program = new Command().exitOverride();
  register(program);
  await program.parseAsync(['node', 'khronika', 'eval', '--docs', docs, '--gold', gold, ...args]);
  vi.restoreAllMocks();
  return { out, err };
}

describe('khronika eval', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it('names the file and line of each bad line, scores the rest and exits 1', async () => {
    const { out, err } = await run();
    expect(err).toContain(`${docs}:2: invalid JSON`);
    expect(err).toMatch(new RegExp(`${gold.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: events\\.0\\.type`));
    expect(err).toContain('document "b" has no gold line; not scored');
    expect(out).toContain('Documents scored: 1');
    expect(process.exitCode).toBe(1);
  });

  it('prints JSON with --json', async () => {
    const { out } = await run('--json');
    const parsed = JSON.parse(out) as {
      report: { documents: number; overall: { tp: number; fn: number } };
      errors: string[];
    };
    expect(parsed.report.documents).toBe(1);
    // the one required gold event is either found or missed, whatever the extractor's quality
    expect(parsed.report.overall.tp + parsed.report.overall.fn).toBe(1);
    expect(parsed.errors).toHaveLength(2);
  });
});
