/** A path on this site to return to after signing in; anything else (another host, a full URL) becomes the home page. */
export function localPath(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) && value.length <= 2000 ? value : '/';
}
