import { describe, expect, it } from 'vitest';
import { localPath } from './local-path';

const site = 'https://hui.example.cn';

/**
 * Issue 12, finding 11: `/sign-in?callbackUrl=/%09/evil.example` reached the form as
 * "/<TAB>/evil.example", which passed the old check (a slash not followed by a slash)
 * and which a browser reads as `//evil.example`. Each value is given both as it is in
 * the address and as the page receives it once the query string is decoded.
 */
const hostile = [
  '/%09/evil.example',
  '/%0a/evil.example',
  '/%0d%0a/evil.example',
  '/%5Cevil.example',
  '/%5C%5Cevil.example',
  '/%2F%2Fevil.example',
  '/%2F/evil.example',
  '/%252F%252Fevil.example',
  '%2F%2Fevil.example',
  '//evil.example',
  '///evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '/ /evil.example',
  '/\u3000/evil.example',
  'https://evil.example',
  'https:evil.example',
  'HTTPS://evil.example/path',
  'javascript:alert(1)',
  ' javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'evil.example',
  '//evil.example@hui.example.cn',
  '/\t\\evil.example',
];

function decodedOnce(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

describe('localPath', () => {
  it.each(hostile.flatMap((value) => [value, decodedOnce(value)]))('keeps %j on this site', (value) => {
    const path = localPath(value);
    const landed = new URL(path, site);
    expect(landed.origin).toBe(site);
    // Nothing that a second decoding could turn into another host either.
    expect(new URL(decodedOnce(path), site).origin).toBe(site);
    expect(path.startsWith('/')).toBe(true);
  });

  it('keeps ordinary paths with their query and fragment', () => {
    expect(localPath('/meetings/2020-civic-conference/register')).toBe('/meetings/2020-civic-conference/register');
    expect(localPath('/admin/people?q=%E6%9E%97#list')).toBe('/admin/people?q=%E6%9E%97#list');
    expect(localPath('/会务')).toBe('/%E4%BC%9A%E5%8A%A1');
    expect(localPath('/admin/people?q=%E6%9E%97%20%E9%9D%99')).toBe('/admin/people?q=%E6%9E%97%20%E9%9D%99');
  });

  it('gives the home page for anything that is not a string path', () => {
    for (const value of [undefined, null, 42, ['/account'], '', 'account', `/${'a'.repeat(2001)}`]) {
      expect(localPath(value)).toBe('/');
    }
  });
});
