// The CLI's filters take region names as the web app does: English and Russian names become ISO
// codes, an unknown name is an error naming the flag.
import { describe, expect, it } from 'vitest';
import { queryFromOptions } from './event-query-options.js';

describe('--admin1', () => {
  it.each([
    ['RU-BA', ['RU-BA']],
    ['Bashkortostan', ['RU-BA']],
    ['Башкирия', ['RU-BA']],
    ['Bashkortostan, ru-ta', ['RU-BA', 'RU-TA']],
  ])('%s → %j', (value, codes) => {
    expect(queryFromOptions({ admin1: value }).admin1).toEqual(codes);
  });
  it('refuses a name that is no region, naming the flag', () => {
    expect(() => queryFromOptions({ admin1: 'Atlantis' })).toThrow(/--admin1: .*Atlantis/);
  });
});
