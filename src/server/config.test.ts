import { describe, expect, it } from 'vitest';
import { parseServerConfig } from './config.js';

describe('parseServerConfig', () => {
  it('fills defaults: port 8080 on 127.0.0.1, ./khronika.db', () => {
    expect(parseServerConfig({})).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      db: './khronika.db',
      secureCookies: false,
    });
  });
  it.each([
    [{ port: '9090' }, { port: 9090 }],
    [{ port: 0 }, { port: 0 }],
    [
      { host: '0.0.0.0', db: '/data/k.db' },
      { host: '0.0.0.0', db: '/data/k.db' },
    ],
  ])('accepts %j', (input, want) => {
    expect(parseServerConfig(input)).toMatchObject(want);
  });
  it.each([
    [{ port: '80a' }, /port/],
    [{ port: 70000 }, /port/],
    [{ host: '' }, /host/],
    [{ logLevel: 'loud' }, /logLevel/],
  ])('rejects %j with a message naming the setting', (input, msg) => {
    expect(() => parseServerConfig(input)).toThrow(msg);
  });
});
