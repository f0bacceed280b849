import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Noto Sans SC for the PNG poster, from the same self-hosted package the printouts use
 * (@fontsource/noto-sans-sc). The package splits each weight into ~100 subsets by
 * unicode-range; satori reads .woff but not .woff2, and both ship. A poster needs a few
 * dozen distinct characters, so it loads only the subsets that hold them (usually 3–8
 * files of 20–90 KB) instead of the whole 10 MB font. See docs/decisions/0026.
 */

export type PosterWeight = 400 | 700;
export type PosterFont = { name: string; data: Buffer; weight: PosterWeight; style: 'normal' };

const FAMILY = 'Noto Sans SC';

// node_modules sits beside .next wherever the app runs (docs/decisions/0001); the files are
// read at run time, not bundled.
const packageDir = () =>
  path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', '@fontsource', 'noto-sans-sc');

type Subset = { file: string; ranges: [number, number][] };

function parseRanges(text: string): [number, number][] {
  return text.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(from ?? '', 16);
    return [start, to ? parseInt(to, 16) : start];
  });
}

const subsetsByWeight = new Map<PosterWeight, Subset[]>();

/** The subsets of one weight, as its CSS file lists them: the .woff file and its unicode-range. */
function subsets(weight: PosterWeight): Subset[] {
  const known = subsetsByWeight.get(weight);
  if (known) return known;
  const css = readFileSync(path.join(packageDir(), `${weight}.css`), 'utf8');
  const list: Subset[] = [];
  for (const face of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff)\)/.exec(face)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(face)?.[1];
    if (file && range) list.push({ file, ranges: parseRanges(range) });
  }
  if (list.length === 0) throw new Error(`No font subsets found in @fontsource/noto-sans-sc/${weight}.css`);
  subsetsByWeight.set(weight, list);
  return list;
}

const fileCache = new Map<string, Buffer>();
const FILE_CACHE_LIMIT = 64;

function readSubset(file: string): Buffer {
  const cached = fileCache.get(file);
  if (cached) return cached;
  const data = readFileSync(path.join(packageDir(), 'files', file));
  // Bounded: a busy server sees many posters, but the same few subsets again and again.
  if (fileCache.size >= FILE_CACHE_LIMIT) fileCache.delete(fileCache.keys().next().value as string);
  fileCache.set(file, data);
  return data;
}

/** The subset files of `weight` that cover the characters of `text` (spaces and controls aside). */
export function subsetFilesFor(text: string, weight: PosterWeight): string[] {
  const wanted = new Set<number>();
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code > 0x20) wanted.add(code);
  }
  const chosen: string[] = [];
  for (const subset of subsets(weight)) {
    for (const code of wanted) {
      if (subset.ranges.some(([from, to]) => code >= from && code <= to)) {
        chosen.push(subset.file);
        break;
      }
    }
  }
  return chosen;
}

/**
 * The fonts satori needs to draw `text` in both weights. Satori keeps one font per family
 * name and weight, so each subset gets its own name ("Noto Sans SC 7"), and the poster's
 * font-family lists them all (`fontFamily`): satori takes each character from the first
 * font in the list that has it.
 */
export function posterFonts(text: string): { fonts: PosterFont[]; fontFamily: string } {
  const fonts = ([400, 700] as const).flatMap((weight) =>
    subsetFilesFor(text, weight).map((file) => ({
      name: subsetName(file),
      data: readSubset(file),
      weight,
      style: 'normal' as const,
    })),
  );
  const names = [...new Set(fonts.map((font) => font.name))];
  return { fonts, fontFamily: names.map((name) => `'${name}'`).join(', ') };
}

/** "noto-sans-sc-7-700-normal.woff" → "Noto Sans SC 7": the same name for a subset in both weights. */
const subsetName = (file: string) => `${FAMILY} ${/^noto-sans-sc-(.+)-\d00-normal\.woff$/.exec(file)?.[1] ?? file}`;

/**
 * Characters no subset has (an emoji in a title, a rare character) become "□": left as
 * they are, next/og would fetch a font from Google for them on every render, from the
 * server, and wait on the network.
 */
export function drawable(text: string): string {
  let result = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    result += code <= 0x20 || covered(code) ? char : '□';
  }
  return result;
}

function covered(code: number): boolean {
  return subsets(400).some((subset) => subset.ranges.some(([from, to]) => code >= from && code <= to));
}
