import { describe, expect, it } from 'vitest';
import { regionIndex } from './region-index-load.js';
import { normalizeRegionName, resolveRegionList } from './region-index.js';
import { regionParam } from '../../web/src/region-filter.js';

describe('region names for filters', () => {
  const idx = regionIndex();
  it.each([
    ['RU-BA', 'RU-BA'],
    ['ru-ba', 'RU-BA'],
    ['Bashkortostan', 'RU-BA'],
    ['Republic of Bashkortostan', 'RU-BA'],
    ['Башкортостан', 'RU-BA'],
    ['башкирия', 'RU-BA'],
    ['Moscow', 'RU-MOW'],
    ['Москва', 'RU-MOW'],
    ['Moscow Oblast', 'RU-MOS'],
    ['Moscow region', 'RU-MOS'],
    ['Подмосковье', 'RU-MOS'],
    ['Amur region', 'RU-AMU'],
    ['Kyiv', 'UA-30'],
    ['Київ', 'UA-30'],
    ['Altai Krai', 'RU-ALT'],
    ['Орёл', null],
  ])('%s → %s', (name, iso) => {
    const r = idx.lookup(name);
    if (iso === null) expect(r.ok).toBe(false);
    else expect(r).toEqual({ ok: true, iso });
  });

  it('ignores case, ё and punctuation', () => {
    expect(normalizeRegionName('  Khanty–Mansi  Autonomous Okrug ')).toBe('khanty mansi autonomous okrug');
    expect(normalizeRegionName('Орёл')).toBe('орел');
  });

  it('suggests by prefix in English and Russian, each region once', () => {
    expect(idx.suggest('Bashk').map((s) => s.entry.iso)).toEqual(['RU-BA']);
    expect(idx.suggest('Башк')[0]).toMatchObject({ entry: { iso: 'RU-BA' }, matched: 'Республика Башкортостан' });
    const moscow = idx.suggest('mosc').map((s) => s.entry.iso);
    expect(moscow).toContain('RU-MOW');
    expect(moscow).toContain('RU-MOS');
    expect(new Set(moscow).size).toBe(moscow.length);
    expect(idx.suggest('')).toEqual([]);
  });

  it('explains an unknown name and lists near ones', () => {
    const { codes, errors } = resolveRegionList(idx, 'Bashkortostan, Bashkirland');
    expect(codes).toEqual(['RU-BA']);
    expect(errors).toEqual([
      expect.stringMatching(/^unknown region "Bashkirland": .*ISO 3166-2 code.*did you mean Bashkortostan \(RU-BA\)/),
    ]);
  });

  it('turns names in the address bar into codes, and flags the unknown', () => {
    expect(regionParam('?admin1=Bashkortostan,Moscow', idx)).toEqual({
      raw: 'Bashkortostan,Moscow',
      codes: ['RU-BA', 'RU-MOW'],
      errors: [],
      canonical: false,
    });
    expect(regionParam('?admin1=RU-BA', idx)).toMatchObject({ codes: ['RU-BA'], canonical: true });
    expect(regionParam('?type=protest', idx)).toEqual({ raw: null, codes: [], errors: [], canonical: true });
    expect(regionParam('?admin1=Atlantis', idx).errors).toHaveLength(1);
  });
});
