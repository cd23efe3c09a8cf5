/**
 * Who is on the other end of a request: the client's address (the sign-in throttle counts failures per
 * address) and whether it came over HTTPS (the session cookie is then `Secure`).
 *
 * `X-Forwarded-For` and `X-Forwarded-Proto` are written by whoever sends the request: they are believed
 * only when the socket's peer is one of the TRUSTED_PROXIES (addresses or CIDR ranges). Then the client
 * is the rightmost address of X-Forwarded-For that is not itself a trusted proxy (each proxy appends the
 * address it received from; what lies left of the first untrusted hop was written by the client). From
 * anyone else, both headers are ignored and the socket's address counts: a client cannot escape the
 * per-address limit by rotating the header, nor lock a victim's address by naming it.
 *
 * Browser-safe (no Node import): the demo runs the API in a service worker, where there is no socket.
 */

export interface ClientInfo {
  /** The client's address, or `local` when there is no socket (tests, the browser demo). */
  ip: string;
  /** Came over HTTPS, directly or through a trusted proxy. */
  https: boolean;
}

type Range = { bytes: number[]; prefix: number };

/** IPv4 or IPv6 text → 16 bytes (IPv4 as ::ffff:a.b.c.d), or null when it is not an address. */
export function addressBytes(text: string): number[] | null {
  const value = text.trim().replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(value);
  if (v4) {
    const parts = v4.slice(1).map(Number);
    return parts.every((p) => p <= 255) ? [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, ...parts] : null;
  }
  if (!/^[0-9a-f:.]+$/i.test(value) || !value.includes(':')) return null;
  // An embedded IPv4 tail (::ffff:10.0.0.1) becomes two groups.
  let text6 = value;
  const tail = /(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$/.exec(value);
  if (tail) {
    const bytes4 = addressBytes(tail[1]);
    if (!bytes4) return null;
    const [a, b, c, d] = bytes4.slice(12);
    text6 = value.slice(0, -tail[1].length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text6.split('::');
  if (halves.length > 2) return null;
  const groups = (s: string) => (s ? s.split(':') : []);
  const head = groups(halves[0]);
  const rest = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - head.length - rest.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) return null;
  const all = [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  if (all.length !== 8 || !all.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return null;
  return all.flatMap((g) => [parseInt(g, 16) >> 8, parseInt(g, 16) & 0xff]);
}

/** `10.0.0.0/8, 192.168.1.7, ::1, fd00::/8` → ranges; a malformed entry is an error (said at start-up). */
export function parseTrustedProxies(list: string | undefined): Range[] {
  if (!list?.trim()) return [];
  return list
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [address, bits] = entry.split('/');
      const bytes = addressBytes(address);
      if (!bytes) throw new Error(`TRUSTED_PROXIES : adresse invalide « ${entry} »`);
      const isV4 = address.includes('.') && !address.includes(':');
      const max = isV4 ? 32 : 128;
      const prefix = bits === undefined ? max : Number(bits);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > max || (bits !== undefined && !/^\d+$/.test(bits)))
        throw new Error(`TRUSTED_PROXIES : préfixe invalide « ${entry} »`);
      return { bytes, prefix: isV4 ? prefix + 96 : prefix };
    });
}

function inRange(bytes: number[], range: Range): boolean {
  for (let bit = 0; bit < range.prefix; bit += 8) {
    const take = Math.min(8, range.prefix - bit);
    const mask = (0xff << (8 - take)) & 0xff;
    if ((bytes[bit / 8] & mask) !== (range.bytes[bit / 8] & mask)) return false;
  }
  return true;
}

export function isTrusted(address: string, trusted: readonly Range[]): boolean {
  const bytes = addressBytes(address);
  return !!bytes && trusted.some((range) => inRange(bytes, range));
}

/** IPv4-mapped IPv6 (`::ffff:127.0.0.1`, what Node reports on a dual-stack socket) shown as IPv4. */
const display = (address: string) => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');

/**
 * The client of a request, from its socket's peer (`peer`, undefined without a socket), the URL's
 * scheme, and the forwarding headers when the peer is trusted.
 */
export function clientInfo(
  peer: string | undefined,
  url: string,
  header: (name: string) => string | undefined,
  trusted: readonly Range[],
): ClientInfo {
  const direct = { ip: peer ? display(peer) : 'local', https: url.startsWith('https:') };
  if (!peer || !isTrusted(peer, trusted)) return direct;
  const hops = (header('x-forwarded-for') ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter((h) => addressBytes(h));
  let ip = direct.ip;
  for (let i = hops.length - 1; i >= 0; i--) {
    ip = display(hops[i].replace(/^\[|\]$/g, ''));
    if (!isTrusted(hops[i], trusted)) break;
  }
  // The nearest proxy's word on the scheme: the last value when proxies appended theirs.
  const proto = header('x-forwarded-proto')?.split(',').pop()?.trim().toLowerCase();
  return { ip, https: proto === 'https' || (proto === undefined && direct.https) };
}
