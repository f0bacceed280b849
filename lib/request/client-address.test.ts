import { describe, expect, it } from 'vitest';
import { appOrigin, readEnv } from '@/lib/env';
import { clientAddress, isLoopback } from './client-address';

describe('clientAddress', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('203.0.113.7', '198.51.100.1', [])).toBe('203.0.113.7');
    expect(clientAddress('::ffff:203.0.113.7', null, [])).toBe('203.0.113.7');
  });

  it('takes the last hop that is not a trusted proxy, so a client cannot prepend an address', () => {
    // The client sent "X-Forwarded-For: 1.1.1.1"; our proxy appended the real address.
    expect(clientAddress('127.0.0.1', '1.1.1.1, 203.0.113.7', ['loopback'])).toBe('203.0.113.7');
    expect(clientAddress('10.0.0.2', '203.0.113.7, 10.0.0.3', ['10.0.0.2', '10.0.0.3'])).toBe('203.0.113.7');
  });

  it('knows no address without a peer, and ignores junk hops', () => {
    expect(clientAddress(null, '203.0.113.7', ['loopback'])).toBeNull();
    expect(clientAddress('127.0.0.1', 'evil, 203.0.113.7', ['loopback'])).toBe('203.0.113.7');
  });

  it('recognises loopback in both families', () => {
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopback('::1')).toBe(true);
    expect(isLoopback('192.168.1.2')).toBe(false);
  });
});

describe('appOrigin', () => {
  it('is APP_URL, else localhost on the port — never a request header', () => {
    expect(appOrigin({ APP_URL: 'https://hui.example.cn/some/path' })).toBe('https://hui.example.cn');
    expect(appOrigin({ PORT: '3630' })).toBe('http://localhost:3630');
    expect(appOrigin({})).toBe('http://localhost:3000');
  });

  it('refuses an APP_URL that is not http(s) and a proxy list that is not addresses', () => {
    expect(() => readEnv({ APP_URL: 'javascript:alert(1)' })).toThrow(/APP_URL/);
    expect(() => readEnv({ TRUSTED_PROXIES: 'example.com' })).toThrow(/TRUSTED_PROXIES/);
    expect(readEnv({ TRUSTED_PROXIES: 'loopback, 10.0.0.2' }).TRUSTED_PROXIES).toEqual(['loopback', '10.0.0.2']);
  });
});
