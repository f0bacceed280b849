import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { byteSwapper, newNonce, pagePolicy, secureResponse } from './headers.mjs';

/**
 * Issue 12, finding 5: no security headers. The headers are set by scripts/serve.mjs for
 * every response; the nonce swap lets cached pages carry a fresh nonce each time.
 * e2e/hardening/security-headers.spec.ts checks the same on the real server.
 */
const renderNonce = newNonce();
const cachedPage = Buffer.from(
  `<html><script nonce="${renderNonce}">1</script><script nonce="${renderNonce}" src="/a.js"></script></html>`,
);

function serve(https: boolean) {
  const server = http.createServer((request, response) => {
    secureResponse(request, response, { renderNonce, https });
    if (request.url === '/page') {
      // What Next does for a cached page: the whole body at once, with its length.
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.setHeader('Content-Length', cachedPage.length);
      response.setHeader('ETag', '"abc"');
      response.end(cachedPage);
    } else if (request.url === '/streamed') {
      // A streamed page, split in the middle of the nonce.
      response.writeHead(200, { 'content-type': 'text/html' });
      const cut = cachedPage.indexOf(renderNonce) + 7;
      response.write(cachedPage.subarray(0, cut));
      setTimeout(() => response.end(cachedPage.subarray(cut)), 5);
    } else if (request.url === '/echo-csp') {
      response.setHeader('Content-Type', 'application/json');
      response.end(JSON.stringify(request.headers['content-security-policy'] ?? null));
    } else {
      response.setHeader('Content-Type', 'application/json');
      response.end('{"ok":true}');
    }
  });
  return new Promise<{ url: string; close: () => void }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }),
    ),
  );
}

const plain = await serve(false);
const secure = await serve(true);
afterAll(() => {
  plain.close();
  secure.close();
});

const scriptNonces = (html: string) => [...html.matchAll(/nonce="([^"]+)"/g)].map((match) => match[1]);
const policyNonce = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? '')?.[1];

describe('security headers', () => {
  it('give every page a fresh nonce, in its policy and in place of the render nonce', async () => {
    const seen = new Set<string>();
    for (const path of ['/page', '/page', '/streamed']) {
      const response = await fetch(plain.url + path);
      const html = await response.text();
      const nonce = policyNonce(response.headers.get('content-security-policy'));
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(scriptNonces(html)).toEqual([nonce, nonce]);
      expect(html).not.toContain(renderNonce);
      expect(html.length).toBe(cachedPage.length);
      expect(response.headers.get('etag')).toBeNull();
      seen.add(nonce!);
    }
    expect(seen.size).toBe(3);
  });

  it('set a strict policy on pages and nosniff, a referrer policy and a closed policy on everything', async () => {
    const page = await fetch(`${plain.url}/page`);
    const policy = page.headers.get('content-security-policy')!;
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    for (const response of [page, await fetch(`${plain.url}/api/health`)]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('same-origin');
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
    expect((await fetch(`${plain.url}/api/health`)).headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
  });

  it('add HSTS and upgrade-insecure-requests on an https deployment', async () => {
    const page = await fetch(`${secure.url}/page`);
    expect(page.headers.get('strict-transport-security')).toBe('max-age=31536000');
    expect(page.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    expect((await fetch(`${secure.url}/api/health`)).headers.get('strict-transport-security')).toBe('max-age=31536000');
  });

  it('let no client choose the render nonce', async () => {
    const echoed = await fetch(`${plain.url}/echo-csp`, {
      headers: { 'Content-Security-Policy': "script-src 'nonce-attacker'" },
    }).then((r) => r.json());
    expect(echoed).toBe(`script-src 'nonce-${renderNonce}'`);
  });

  it('let the venue display be framed by our own pages only', () => {
    expect(pagePolicy({ nonce: 'n', path: '/meetings/2020-civic-conference/display', https: false })).toContain(
      "frame-ancestors 'self'",
    );
    expect(pagePolicy({ nonce: 'n', path: '/en/meetings/2020-civic-conference/display', https: false })).toContain(
      "frame-ancestors 'self'",
    );
    expect(pagePolicy({ nonce: 'n', path: '/meetings/2020-civic-conference', https: false })).toContain(
      "frame-ancestors 'none'",
    );
  });
});

describe('byteSwapper', () => {
  it('replaces a needle split across any two chunks, and holds back nothing else', () => {
    const text = `ab${renderNonce}cd${renderNonce}`;
    for (let cut = 0; cut <= text.length; cut++) {
      const swap = byteSwapper(renderNonce, 'X'.repeat(renderNonce.length));
      const out = Buffer.concat([
        swap.push(Buffer.from(text.slice(0, cut)), false),
        swap.push(Buffer.from(text.slice(cut)), true),
      ]).toString();
      expect(out).toBe(`ab${'X'.repeat(24)}cd${'X'.repeat(24)}`);
    }
    const swap = byteSwapper(renderNonce, 'X'.repeat(renderNonce.length));
    expect(swap.push(Buffer.from('<p>nothing to hold</p>'), false).toString()).toBe('<p>nothing to hold</p>');
  });

  it('never writes into the bytes it is given (they may be the page cache)', () => {
    const chunk = Buffer.from(renderNonce);
    byteSwapper(renderNonce, 'X'.repeat(24)).push(chunk, true);
    expect(chunk.toString()).toBe(renderNonce);
  });
});
