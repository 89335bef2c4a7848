// Which addresses a URL may be fetched from. Reports name URLs we did not choose, so by default a
// URL that resolves to anything but an ordinary public unicast address is refused (SSRF): every
// range of IANA's IPv4 and IPv6 special-purpose address registries (private, loopback, link-local,
// shared, documentation, benchmarking, reserved, multicast, translation and tunnelling prefixes),
// IPv4 carried inside IPv6, and this machine's own interface addresses — a service bound to all
// interfaces answers on those too, whatever range they are in. Every address a name resolves to
// is checked.
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { networkInterfaces } from 'node:os';

/** IANA IPv4 Special-Purpose Address Registry, plus multicast and the limited broadcast address. */
export const SPECIAL_V4: readonly (readonly [string, number])[] = [
  ['0.0.0.0', 8], // "this network"; 0.0.0.0 reaches localhost on Linux
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // shared address space (carrier-grade NAT)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation (TEST-NET-1)
  ['192.31.196.0', 24], // AS112-v4
  ['192.52.193.0', 24], // AMT
  ['192.88.99.0', 24], // deprecated 6to4 relay anycast
  ['192.168.0.0', 16], // private
  ['192.175.48.0', 24], // direct delegation AS112
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation (TEST-NET-2)
  ['203.0.113.0', 24], // documentation (TEST-NET-3)
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and 255.255.255.255 broadcast
];

/** IANA IPv6 Special-Purpose Address Registry, plus multicast and the old site-local range. */
export const SPECIAL_V6: readonly (readonly [string, number])[] = [
  ['::', 96], // unspecified, loopback and the deprecated IPv4-compatible addresses
  ['::ffff:0:0', 96], // IPv4-mapped
  ['64:ff9b::', 96], // IPv4/IPv6 translation (NAT64)
  ['64:ff9b:1::', 48], // local-use IPv4/IPv6 translation
  ['100::', 64], // discard-only
  ['2001::', 23], // IETF protocol assignments (Teredo, benchmarking, ORCHID, AMT…)
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4
  ['2620:4f:8000::', 48], // direct delegation AS112
  ['3fff::', 20], // documentation
  ['5f00::', 16], // segment routing (SRv6) SIDs
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // old site-local
  ['ff00::', 8], // multicast
];

const v4 = new BlockList();
for (const [net, bits] of SPECIAL_V4) v4.addSubnet(net, bits, 'ipv4');
const v6 = new BlockList();
for (const [net, bits] of SPECIAL_V6) v6.addSubnet(net, bits, 'ipv6');

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

/** The same address written one way (IPv6 groups in full, no zone), for comparing. */
function canonical(address: string): string {
  if (isIP(address) === 4) return address;
  return (
    hextets(address)
      ?.map((g) => g.toString(16))
      .join(':') ?? address.toLowerCase()
  );
}

/** This machine's own addresses, on every interface (read each time: interfaces come and go). */
export function ownAddresses(): Set<string> {
  const own = new Set<string>();
  for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) own.add(canonical(a.address));
  return own;
}

/**
 * True when the address may not be fetched: in a special-purpose range (IPv4, IPv6, or IPv4 inside
 * IPv6), one of this machine's own addresses, or not an IP address at all.
 */
export function isPrivateAddress(address: string, own: () => Set<string> = ownAddresses): boolean {
  const bare = address.replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 0) return true; // not an address at all: refuse rather than guess
  if (family === 4 ? v4.check(bare, 'ipv4') : v6.check(bare, 'ipv6')) return true;
  const inner = family === 6 ? embeddedV4(bare) : undefined;
  if (inner !== undefined && v4.check(inner, 'ipv4')) return true;
  return own().has(canonical(bare));
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
  if (isIP(host))
    return isPrivateAddress(host) ? `refused: ${host} is a private, local or special-purpose address` : undefined;
  let addresses: { address: string }[];
  try {
    addresses = await lookup(host, { all: true, verbatim: true });
  } catch (e) {
    return `cannot resolve ${host} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
  }
  if (addresses.length === 0) return `cannot resolve ${host}`;
  const bad = addresses.find((a) => isPrivateAddress(a.address));
  return bad ? `refused: ${host} resolves to private, local or special-purpose address ${bad.address}` : undefined;
}
