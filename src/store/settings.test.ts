import { describe, expect, it } from 'vitest';
import { storeSettingsFrom } from './settings.js';

describe('storeSettingsFrom', () => {
  it.each([
    [undefined, {}, { db: './khronika.db', kind: 'sqlite' }],
    [undefined, { KHRONIKA_DB: '/tmp/k.db' }, { db: '/tmp/k.db', kind: 'sqlite' }],
    ['other.db', { KHRONIKA_DB: '/tmp/k.db' }, { db: 'other.db', kind: 'sqlite' }],
    ['postgres://u@h:5432/d', {}, { db: 'postgres://u@h:5432/d', kind: 'postgres' }],
  ])('flag %s env %j', (flag, env, expected) => {
    expect(storeSettingsFrom(flag, env)).toMatchObject(expected);
  });

  it.each(['mysql://x', 'http://host/db', ''])('refuses %j with a clear message', (bad) => {
    expect(() => storeSettingsFrom(bad, {})).toThrow(/invalid store settings/);
  });
});
