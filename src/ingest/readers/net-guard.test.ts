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
    // IANA special-purpose ranges beyond RFC 1918 (issue 10)
    ['0.1.2.3', true],
    ['100.127.255.254', true],
    ['192.0.0.8', true],
    ['192.0.2.10', true],
    ['192.88.99.1', true],
    ['198.19.0.1', true],
    ['198.51.100.7', true],
    ['203.0.113.9', true],
    ['239.255.255.250', true],
    ['250.1.2.3', true],
    ['::ffff:8.8.8.8', true], // IPv4-mapped: never a real public answer
    ['::8.8.8.8', true], // deprecated IPv4-compatible
    ['64:ff9b::808:808', true], // NAT64
    ['64:ff9b:1::1', true],
    ['100::1', true],
    ['2001::1', true], // Teredo
    ['2001:2::1', true], // benchmarking
    ['2001:1ff::1', true], // end of 2001::/23
    ['2001:db8::1', true],
    ['2002:c000:0204::1', true], // 6to4
    ['3fff::1', true],
    ['fec0::1', true],
    ['fe80::1%eth0', true],
    ['2001:200::1', false], // just past 2001::/23: ordinary unicast
    ['1.1.1.1', false],
  ])('%s → %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });
});

describe("this machine's own addresses", () => {
  it('refuses every address of every interface, whatever its range', async () => {
    const { networkInterfaces } = await import('node:os');
    const own = Object.values(networkInterfaces())
      .flatMap((l) => l ?? [])
      .map((a) => a.address);
    expect(own.length).toBeGreaterThan(0);
    for (const address of own) expect(isPrivateAddress(address), address).toBe(true);
  });

  it('refuses a public-range address once an interface has it (a service bound to all interfaces)', () => {
    const own = () => new Set(['93.184.216.34', '2a00:1450:0:0:0:0:0:1']);
    expect(isPrivateAddress('93.184.216.34', own)).toBe(true);
    expect(isPrivateAddress('2a00:1450::1', own)).toBe(true); // compared in one written form
    expect(isPrivateAddress('93.184.216.35', own)).toBe(false);
  });
});

describe('checkHost', () => {
  it.each([
    ['http://127.0.0.1/', /127\.0\.0\.1 is a private/],
    ['http://[::1]:8080/', /::1 is a private/],
    ['http://2130706433/', /127\.0\.0\.1 is a private/], // decimal form, normalised by URL
    ['http://localhost/', /localhost resolves to private, local or special-purpose address/],
    ['http://[2001:db8::5]/', /2001:db8::5 is a private, local or special-purpose address/],
    ['http://198.51.100.7/', /198\.51\.100\.7 is a private/],
  ])('%s is refused', async (url, error) => {
    expect(await checkHost(new URL(url))).toMatch(error);
  });

  it('accepts a public address literal without resolving anything', async () => {
    expect(await checkHost(new URL('https://8.8.8.8/'))).toBeUndefined();
  });
});
