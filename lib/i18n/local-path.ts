// Any origin that cannot be ours: a value that resolves anywhere else was not a path on this site.
const PROBE = 'http://convene.invalid';

/** The path a browser would open for `value`, if that is on this site. */
function resolveHere(value: string): string | null {
  try {
    const url = new URL(value, PROBE);
    const path = `${url.pathname}${url.search}${url.hash}`;
    return url.origin === PROBE && !path.startsWith('//') ? path : null;
  } catch {
    return null;
  }
}

function decodeOnce(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * A path on this site to return to after signing in; anything else becomes the home page.
 *
 * Rather than list the tricks (tabs, backslashes, `//host`, `https:`, `javascript:`),
 * the value is resolved the way a browser would and kept only if it stays on this
 * origin, and it must still stay here if something on the way decodes it once more
 * (`/%2F%2Fevil.example`). What is returned is the resolved path, not the raw text.
 */
export function localPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000) return '/';
  // Control characters, whitespace and backslashes have no place in our own paths;
  // browsers drop or reinterpret them (`/<TAB>/evil.example` opens `//evil.example`).
  if (!value.startsWith('/') || /[\u0000-\u0020\u007f-\u009f\u3000\\]/.test(value)) return '/';
  const path = resolveHere(value);
  return path !== null && resolveHere(decodeOnce(path)) !== null ? path : '/';
}
