// Which addresses a URL may be fetched from. Reports name URLs we did not choose, so by default a
// URL that resolves to this machine or its private network is refused (SSRF), for every address the
// name resolves to, including IPv4 written inside IPv6 (::ffff:127.0.0.1, 64:ff9b::/96).
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

const v4 = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], // "this network"; 0.0.0.0 reaches localhost on Linux
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) v4.addSubnet(net, bits, 'ipv4');

const v6 = new BlockList();
v6.addAddress('::', 'ipv6');
v6.addAddress('::1', 'ipv6');
v6.addSubnet('fc00::', 7, 'ipv6'); // unique local
v6.addSubnet('fe80::', 10, 'ipv6'); // link-local
v6.addSubnet('fec0::', 10, 'ipv6'); // old site-local
v6.addSubnet('ff00::', 8, 'ipv6'); // multicast

/** The eight 16-bit groups of an IPv6 address (a trailing dotted quad becomes two groups). */
function hextets(addr: string): number[] | undefined {
  let a = addr.replace(/%.*$/, '').toLowerCase();
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(a);
  if (quad) {
    const [b0, b1, b2, b3] = quad.slice(1).map(Number);
    a = a.slice(0, quad.index) + ((b0 << 8) | b1).toString(16) + ':' + ((b2 << 8) | b3).toString(16);
  }
  const [head, tail] = a.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = a.includes('::') ? [...h, ...Array(8 - h.length - t.length).fill('0'), ...t] : h;
  if (groups.length !== 8) return undefined;
  return groups.map((g) => parseInt(g, 16));
}

/** The IPv4 address an IPv6 address carries (mapped, compatible or NAT64), if any. */
function embeddedV4(addr: string): string | undefined {
  const g = hextets(addr);
  if (!g) return undefined;
  const mapped = g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0);
  const nat64 = g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0);
  if (!mapped && !nat64) return undefined;
  if (g[5] === 0 && !nat64 && g[6] === 0) return undefined; // :: and ::1 are handled as IPv6
  return [g[6] >> 8, g[6] & 255, g[7] >> 8, g[7] & 255].join('.');
}

/** True when the address is private, loopback, link-local, unique-local, multicast or unspecified. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return v4.check(address, 'ipv4');
  if (family !== 6) return true; // not an address at all: refuse rather than guess
  if (v6.check(address, 'ipv6')) return true;
  const inner = embeddedV4(address);
  return inner !== undefined && v4.check(inner, 'ipv4');
}

/** The hostname of a URL without IPv6 brackets. */
export function bareHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * Resolves the URL's host (every address, v4 and v6) and returns an error message when any of them
 * is private, or undefined when the URL may be fetched. Runs before any connection is made.
 */
export async function checkHost(url: URL): Promise<string | undefined> {
  const host = bareHost(url);
  if (isIP(host)) return isPrivateAddress(host) ? `refused: ${host} is a private or local address` : undefined;
  let addresses: { address: string }[];
  try {
    addresses = await lookup(host, { all: true, verbatim: true });
  } catch (e) {
    return `cannot resolve ${host} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
  }
  if (addresses.length === 0) return `cannot resolve ${host}`;
  const bad = addresses.find((a) => isPrivateAddress(a.address));
  return bad ? `refused: ${host} resolves to private or local address ${bad.address}` : undefined;
}
