/**
 * Which addresses `publish` may fetch a photo from. Its headless Chromium runs
 * where the newsroom runs the command — often CI, next to internal services —
 * and the data names the photos. Only https addresses on public hosts load:
 * loopback, private, link-local (the cloud metadata service at 169.254.169.254),
 * shared, multicast and reserved ranges are refused, whatever name leads there.
 */
import { BlockList, isIP } from 'node:net';
import { lookup } from 'node:dns/promises';

const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

/** Whether an IP address is on the public internet. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 6) {
    // An IPv4 address written as IPv6 (::ffff:127.0.0.1) is judged as the IPv4 one.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return isPublicAddress(mapped[1]!);
    return !NOT_PUBLIC.check(address, 'ipv6');
  }
  return !NOT_PUBLIC.check(address, 'ipv4');
}

const LOOKUP_MS = 3000;

/**
 * Whether every address a host name resolves to is public (a name with one
 * private address among public ones is refused). A name that does not resolve in
 * time is refused too. Asked once per host for a whole publish.
 */
export function publicHost(): (hostname: string) => Promise<boolean> {
  const known = new Map<string, Promise<boolean>>();
  return (hostname) => {
    const host = hostname.replace(/^\[|\]$/g, '');
    let answer = known.get(host);
    if (!answer) {
      const resolved = isIP(host)
        ? Promise.resolve([host])
        : lookup(host, { all: true, verbatim: true }).then((addresses) => addresses.map((entry) => entry.address));
      const timeout = new Promise<string[]>((done) => setTimeout(() => done([]), LOOKUP_MS).unref());
      answer = Promise.race([resolved, timeout]).then(
        (addresses) => addresses.length > 0 && addresses.every(isPublicAddress),
        () => false,
      );
      known.set(host, answer);
    }
    return answer;
  };
}
