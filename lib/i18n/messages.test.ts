import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import zh from '@/messages/zh-CN.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The {placeholders} a message needs, ignoring ICU plural branches' own text. */
function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\s*(\w+)\s*(?:[,}])/g)]
    .map((m) => m[1]!)
    .filter((v, i, all) => all.indexOf(v) === i)
    .sort();
}

const zhKeys = flatten(zh as Tree);
const enKeys = flatten(en as Tree);

describe('message files', () => {
  it('have the same keys in Chinese and English', () => {
    const onlyZh = [...zhKeys.keys()].filter((k) => !enKeys.has(k));
    const onlyEn = [...enKeys.keys()].filter((k) => !zhKeys.has(k));
    expect({ onlyZh, onlyEn }).toEqual({ onlyZh: [], onlyEn: [] });
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = [...zhKeys].filter(
      ([key, value]) => placeholders(value).join() !== placeholders(enKeys.get(key) ?? '').join(),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('have no empty messages', () => {
    const empty = [...zhKeys, ...enKeys].filter(([, value]) => value.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('name every error code the server can raise', async () => {
    const { appErrorCodes } = await import('@/lib/errors');
    for (const code of appErrorCodes) expect(zhKeys.has(`errors.${code}`), code).toBe(true);
  });
});
