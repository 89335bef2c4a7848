import { describe, it, expect } from 'vitest';
import en from './en.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };
import uk from './uk.json' with { type: 'json' };
import { lexicon } from './index.js';

describe('lexicons', () => {
  it.each([
    ['en', en],
    ['ru', ru],
    ['uk', uk],
  ] as const)('%s patterns use no capturing groups (entry i is group i + 1)', (_, raw) => {
    for (const e of [...raw.triggers, ...raw.targets]) expect(e.p, e.p.slice(0, 40)).not.toMatch(/(?<!\\)\((?!\?)/);
  });
  it('maps a match back to its entry', () => {
    const lex = lexicon('en');
    const m = lex.triggers.exec('Unknown people set fire to the office.', 0)!;
    expect(m[0]).toBe('set fire to');
    expect(lex.entries[lex.triggers.entry].type).toBe('arson');
  });
  it.each(['en', 'ru', 'uk'] as const)('%s compiles', (lang) => {
    expect(lexicon(lang).entries.length).toBeGreaterThan(10);
  });
});
