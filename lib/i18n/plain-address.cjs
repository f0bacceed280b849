// @ts-check
/**
 * A plain address (no language in the path, /meetings/…) is the Chinese page, unless the
 * visitor chose another language with the switcher (docs/decisions/0002). For a visitor who
 * never chose (nearly everyone), next.config.js rewrites it for the router. scripts/serve.mjs
 * resolves a server action's post the same way before Next sees it: the router's rewrite
 * cost each post ~0.14 ms of CPU, about 5 % of a registration in a surge
 * (docs/decisions/0022, fourth round). One rule for both, kept here.
 */

const DEFAULT_LOCALE = 'zh-CN';

/** First path segments that are not pages, or already name a language: left alone. */
const NOT_PLAIN = ['api', '_next', '_vercel', 'bench-control', 'zh-CN', 'en'];

/**
 * Requests that carry either are not rewritten: the switcher's cookie means proxy.ts picks
 * the language; the client router's RSC header means proxy.ts rewrites, keeping the query.
 */
const CHOICE_COOKIE = 'NEXT_LOCALE';
const ROUTER_HEADER = 'rsc';
const CHOSEN = new RegExp(`(?:^|;\\s*)${CHOICE_COOKIE}=`);

/**
 * The Chinese address a server action posted to a plain address is answered at, or null
 * when the post is not one (a language in the path, a chosen language, not a page).
 * @param {{ method?: string, url?: string, headers: import('node:http').IncomingHttpHeaders }} request
 * @returns {string | null}
 */
function chineseActionAddress({ method, url, headers }) {
  if (method !== 'POST' || !headers['next-action'] || ROUTER_HEADER in headers) return null;
  if (CHOSEN.test(String(headers.cookie ?? ''))) return null;
  const address = url ?? '/';
  const queryAt = address.indexOf('?');
  const path = queryAt === -1 ? address : address.slice(0, queryAt);
  const query = queryAt === -1 ? '' : address.slice(queryAt);
  if (path === '/') return `/${DEFAULT_LOCALE}${query}`;
  const first = path.split('/')[1] ?? '';
  if (!path.startsWith('/') || first === '' || NOT_PLAIN.includes(first)) return null;
  return `/${DEFAULT_LOCALE}${path}${query}`;
}

module.exports = { DEFAULT_LOCALE, NOT_PLAIN, CHOICE_COOKIE, ROUTER_HEADER, chineseActionAddress };
