import { describe, expect, it } from 'vitest';
import { checkHost, isPrivateAddress } from './net-guard.js';

describe('isPrivateAddress', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.255.0.9', true],
    ['0.0.0.0', true],
    ['10.20.30.40', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['224.0.0.1', true],
    ['255.255.255.255', true],
    ['::1', true],
    ['::', true],
    ['fe80::1', true],
    ['fd12:3456::1', true],
    ['fc00::1', true],
    ['ff02::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['::ffff:10.0.0.1', true],
    ['64:ff9b::a9fe:a9fe', true], // NAT64 form of 169.254.169.254
    ['not-an-ip', true],
    ['8.8.8.8', false],
    ['172.32.0.1', false],
    ['93.184.216.34', false],
    ['2001:4860:4860::8888', false],
    ['::ffff:8.8.8.8', false],
  ])('%s → %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });
});

describe('checkHost', () => {
  it.each([
    ['http://127.0.0.1/', /127\.0\.0\.1 is a private/],
    ['http://[::1]:8080/', /::1 is a private/],
    ['http://2130706433/', /127\.0\.0\.1 is a private/], // decimal form, normalised by URL
    ['http://localhost/', /localhost resolves to private or local address/],
  ])('%s is refused', async (url, error) => {
    expect(await checkHost(new URL(url))).toMatch(error);
  });

  it('accepts a public address literal without resolving anything', async () => {
    expect(await checkHost(new URL('https://8.8.8.8/'))).toBeUndefined();
  });
});
