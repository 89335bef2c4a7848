import { describe, expect, it } from 'vitest';
import { readDataJson } from '../util/data-path.js';
import { buildRegistry, registry } from './registry.js';
import { canonicalActor, findActors } from './lookup.js';

describe('actor registry', () => {
  const reg = registry();
  const aliases = reg.actors.flatMap((a) =>
    [a.name, ...a.aliases.en, ...a.aliases.ru, ...(a.aliases.other ?? [])].map((alias) => [alias, a.name] as const),
  );

  it('holds the groups, bodies and figures of the field', () => {
    const names = new Set(reg.actors.map((a) => a.name));
    for (const n of [
      'Freedom of Russia Legion',
      'Russian Volunteer Corps',
      'National Republican Army',
      'Federal Security Service',
      'Verkhovna Rada of Ukraine',
      'Committee of the Bashkir Resistance',
      'Ilya Ponomarev',
      'OVD-Info',
      'Za Wolną Rosję',
    ]) {
      expect(names.has(n), n).toBe(true);
    }
  });

  it('has unique canonical names', () => {
    const names = reg.actors.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(aliases)('alias %s resolves to %s', (alias, name) => {
    expect(canonicalActor(alias)).toBe(name);
  });

  // In running text the case rules apply: abbreviations in capitals, common words capitalised and
  // not at sentence start. Every alias must still be found where a reporter would write it.
  it.each(aliases)('alias %s is found in a sentence as %s', (alias, name) => {
    const sentence = /[\u0400-\u04FF]/.test(alias)
      ? `Вчера ${alias} сделал заявление.`
      : `Yesterday ${alias} made a statement.`;
    const found = findActors(sentence, /[\u0400-\u04FF]/.test(alias) ? 'ru' : 'en');
    expect(found.map((m) => m.name)).toContain(name);
  });

  it.each([
    ['not an object', 'actor registry invalid'],
    [
      { version: 1, actors: [{ name: 'X Group', kind: 'gang', country: 'RU', aliases: { en: [], ru: [] } }] },
      'actors.0.kind',
    ],
    [
      { version: 1, actors: [{ name: 'X Group', kind: 'movement', country: 'Russia', aliases: { en: [], ru: [] } }] },
      'actors.0.country',
    ],
  ])('rejects a bad registry with a clear message (%#)', (raw, message) => {
    expect(() => buildRegistry(raw)).toThrow(message);
  });

  it('loads the file that ships in data/', () => {
    expect(() => buildRegistry(readDataJson('actors.json'))).not.toThrow();
  });
});
