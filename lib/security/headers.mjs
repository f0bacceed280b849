// @ts-check
/**
 * The security headers of every response, and the nonce that lets cached pages keep a
 * per-request Content-Security-Policy. Plain JavaScript: scripts/serve.mjs loads it
 * before Next does. See docs/decisions/0017-security-headers-and-demo-sign-ins.md.
 *
 * How nonces and the page cache fit together: Next renders every page with one secret
 * "render nonce" per process (read from the request's CSP header), so a cached page is
 * the same bytes for everyone. On the way out, each HTML response gets a fresh random
 * nonce: in its CSP header and in place of the render nonce in its body, which never
 * leaves the process. Both nonces are 24 characters, so lengths do not change.
 */
import { randomBytes } from 'node:crypto';

/** 16 random bytes, base64: 24 characters. */
export function newNonce() {
  return randomBytes(16).toString('base64');
}

// The venue display may be framed by our own pages (a preview); nothing else may be.
const FRAMEABLE_BY_SELF = /^\/(?:(?:zh-CN|en)\/)?meetings\/[^/]+\/display\/?$/;

/**
 * @param {{ nonce: string, path: string, https: boolean }} page
 * @returns {string}
 */
export function pagePolicy({ nonce, path, https }) {
  return [
    "default-src 'self'",
    // 'strict-dynamic': the scripts Next's nonce-bearing scripts load (route chunks) run too;
    // 'self' only for browsers too old to know it, which then ignore 'strict-dynamic'.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    // React writes style attributes (drag and drop moves items with transform); scripts stay strict.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The door station's service worker (decision 0024); named, since 'strict-dynamic' drops 'self' for scripts.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${FRAMEABLE_BY_SELF.test(path) ? "'self'" : "'none'"}`,
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** Anything that is not a page (JSON, calendar files, images, downloads) loads nothing and is framed nowhere. */
export const RESOURCE_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** The door station's service worker is a resource too, but it must fetch our own pages and assets to cache them (decision 0024). */
export const SERVICE_WORKER_PATH = '/door-sw.js';
export const SERVICE_WORKER_POLICY = "default-src 'none'; connect-src 'self'; frame-ancestors 'none'";

/**
 * Headers every response carries, whatever produced it (page, route handler, error, static file).
 * @param {{ https: boolean }} deployment
 * @returns {Record<string, string>}
 */
export function everyResponseHeaders({ https }) {
  return {
    'X-Content-Type-Options': 'nosniff',
    // Private links (tickets, nomination edits) are in paths: they must not leave in a Referer.
    'Referrer-Policy': 'same-origin',
    ...(https ? { 'Strict-Transport-Security': 'max-age=31536000' } : {}),
  };
}

/**
 * Replaces every occurrence of `from` with `to` (same length) in a stream of chunks,
 * including occurrences split across two chunks. Never writes into the chunks it is
 * given (they may be the page cache's own bytes).
 * @param {string} from
 * @param {string} to
 */
export function byteSwapper(from, to) {
  const needle = Buffer.from(from);
  const replacement = Buffer.from(to);
  if (needle.length !== replacement.length || needle.length === 0)
    throw new Error('the nonces must have the same length');
  let carry = Buffer.alloc(0);
  return {
    /** @param {Uint8Array} chunk @param {boolean} last @returns {Buffer} */
    push(chunk, last) {
      const data = Buffer.concat([carry, chunk]);
      for (let at = data.indexOf(needle); at !== -1; at = data.indexOf(needle, at + needle.length))
        replacement.copy(data, at);
      // Hold back only a tail that could be the start of a needle the next chunk completes.
      let keep = 0;
      if (!last) {
        for (let size = Math.min(needle.length - 1, data.length); size > 0; size--) {
          if (data.subarray(data.length - size).equals(needle.subarray(0, size))) {
            keep = size;
            break;
          }
        }
      }
      carry = Buffer.from(data.subarray(data.length - keep));
      return data.subarray(0, data.length - keep);
    },
  };
}

/**
 * Sets the security headers on `response` and, for pages, swaps the render nonce for a
 * fresh one in the CSP header and the body. Call before handing the request to Next.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {{ renderNonce: string, https: boolean }} options
 */
export function secureResponse(request, response, { renderNonce, https }) {
  // Next reads the nonce to render with from the request's CSP header; nobody else may set it.
  request.headers['content-security-policy'] = `script-src 'nonce-${renderNonce}'`;
  delete request.headers['content-security-policy-report-only'];
  const path = (request.url ?? '/').split('?')[0] ?? '/';
  const fixed = everyResponseHeaders({ https });
  /** @type {ReturnType<typeof byteSwapper> | null} */
  let swapper = null;
  let decided = false;

  /** @param {Record<string, unknown> | undefined} given headers passed to writeHead itself */
  function decide(given) {
    if (decided) return;
    decided = true;
    for (const [name, value] of Object.entries(fixed)) response.setHeader(name, value);
    const givenType = given && Object.entries(given).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
    const type = String(givenType ?? response.getHeader('content-type') ?? '');
    if (/^text\/html/i.test(type)) {
      const nonce = newNonce();
      response.setHeader('Content-Security-Policy', pagePolicy({ nonce, path, https }));
      // The body differs per response: a 304 would pair a new nonce with an old body.
      response.removeHeader('ETag');
      swapper = byteSwapper(renderNonce, nonce);
    } else {
      if (/^text\/x-component/i.test(type)) swapper = byteSwapper(renderNonce, newNonce());
      if (!response.hasHeader('content-security-policy'))
        response.setHeader(
          'Content-Security-Policy',
          path === SERVICE_WORKER_PATH ? SERVICE_WORKER_POLICY : RESOURCE_POLICY,
        );
    }
  }

  const writeHead = response.writeHead;
  /** @type {any} */ (response).writeHead = function (/** @type {any[]} */ ...args) {
    const given = args.find((arg, index) => index > 0 && arg && typeof arg === 'object' && !Array.isArray(arg));
    decide(given);
    return writeHead.apply(this, /** @type {any} */ (args));
  };

  /** @param {any} chunk @param {any} encoding @param {boolean} last */
  const swap = (chunk, encoding, last) => {
    if (!swapper) return chunk;
    if (chunk == null) return last ? swapper.push(Buffer.alloc(0), true) : chunk;
    const bytes =
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8')
        : chunk;
    return swapper.push(bytes, last);
  };

  const write = response.write;
  /** @type {any} */ (response).write = function (
    /** @type {any} */ chunk,
    /** @type {any} */ encoding,
    /** @type {any} */ callback,
  ) {
    if (!response.headersSent) decide(undefined);
    const out = swap(chunk, encoding, false);
    return typeof encoding === 'function'
      ? write.call(this, out, encoding)
      : write.call(this, out, swapper ? undefined : encoding, callback);
  };

  const end = response.end;
  /** @type {any} */ (response).end = function (
    /** @type {any} */ chunk,
    /** @type {any} */ encoding,
    /** @type {any} */ callback,
  ) {
    if (!response.headersSent) decide(undefined);
    if (typeof chunk === 'function') return end.call(this, swap(null, undefined, true), chunk);
    const out = swap(chunk, encoding, true);
    return typeof encoding === 'function'
      ? end.call(this, out, encoding)
      : end.call(this, out, swapper ? undefined : encoding, callback);
  };
}
