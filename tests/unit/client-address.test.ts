import { describe, expect, it } from 'vitest';
import { addressBytes, clientInfo, isTrusted, parseTrustedProxies } from '../../src/server/auth/client';

const headers = (h: Record<string, string>) => (name: string) => h[name];

describe('trusted proxies', () => {
  it('parses addresses and CIDR ranges, IPv4 and IPv6, and refuses malformed entries', () => {
    const trusted = parseTrustedProxies('10.0.0.0/8, 192.168.1.7, ::1, fd00::/8');
    expect(isTrusted('10.255.3.4', trusted)).toBe(true);
    expect(isTrusted('::ffff:10.1.2.3', trusted)).toBe(true); // what Node reports on a dual-stack socket
    expect(isTrusted('11.0.0.1', trusted)).toBe(false);
    expect(isTrusted('192.168.1.7', trusted)).toBe(true);
    expect(isTrusted('192.168.1.8', trusted)).toBe(false);
    expect(isTrusted('::1', trusted)).toBe(true);
    expect(isTrusted('fd12:3456::1', trusted)).toBe(true);
    expect(isTrusted('fe80::1', trusted)).toBe(false);
    expect(isTrusted('not an address', trusted)).toBe(false);
    expect(parseTrustedProxies('')).toEqual([]);
    expect(parseTrustedProxies(undefined)).toEqual([]);
    for (const bad of ['10.0.0.0/33', '300.1.1.1', 'proxy.local', '10.0.0.0/x', '::1/129'])
      expect(() => parseTrustedProxies(bad), bad).toThrow(/TRUSTED_PROXIES/);
    expect(addressBytes('2001:db8::1')).toHaveLength(16);
  });

  it('ignores X-Forwarded-For and -Proto from an untrusted peer', () => {
    const trusted = parseTrustedProxies('10.0.0.0/8');
    const info = clientInfo('203.0.113.5', 'http://x/api', headers({ 'x-forwarded-for': '198.51.100.1', 'x-forwarded-proto': 'https' }), trusted);
    expect(info).toEqual({ ip: '203.0.113.5', https: false });
    expect(clientInfo(undefined, 'http://x/', headers({ 'x-forwarded-for': '1.2.3.4' }), trusted)).toEqual({ ip: 'local', https: false });
  });

  it('takes the rightmost untrusted hop through trusted proxies, whatever the client wrote to its left', () => {
    const trusted = parseTrustedProxies('10.0.0.0/8');
    const via = (xff: string, proto?: string) =>
      clientInfo('::ffff:10.0.0.2', 'http://x/', headers({ 'x-forwarded-for': xff, ...(proto ? { 'x-forwarded-proto': proto } : {}) }), trusted);
    expect(via('198.51.100.7')).toEqual({ ip: '198.51.100.7', https: false });
    expect(via('6.6.6.6, 198.51.100.7, 10.0.0.3', 'https')).toEqual({ ip: '198.51.100.7', https: true });
    expect(via('garbage, 198.51.100.7').ip).toBe('198.51.100.7');
    expect(via('').ip).toBe('10.0.0.2'); // no header: the proxy itself
    expect(via('10.0.0.9, 10.0.0.3').ip).toBe('10.0.0.9'); // only proxies: the leftmost
    expect(via('198.51.100.7', 'http, https').https).toBe(true); // the nearest proxy's word
  });
});
