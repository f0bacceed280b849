/**
 * Markdown-lite, the report body's format: one block per line — `# `, `## `, `### `
 * headings, `![caption](photo:<id>)` a photo of the report, anything else a paragraph —
 * with `**bold**`, `[text](/source)` links and `\` escapes inline. Small enough to parse by hand and to edit in a textarea;
 * see docs/decisions/0021-news-report-drafts.md.
 */
export type Inline = { text: string; bold: boolean; href: string | null };
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[] }
  // The caption is also the block's one inline, so plain-text readers need no special case.
  | { kind: 'photo'; photoId: number; caption: string; inlines: Inline[] };

const SPECIAL = /[\\*[\]()#]/g;

/** Data placed into a body (a citation, a name) stays text: no bold, link or heading can come from it. */
export function escapeMarkup(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(SPECIAL, (c) => `\\${c}`);
}

/** Only our own pages and web addresses: a `javascript:` or other scheme stays text. */
const safeHref = (href: string) => (/^\/(?!\/)/.test(href) || /^https?:\/\//i.test(href) ? href : null);

export function parseMarkup(body: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const photo = parsePhotoLine(line);
    if (photo) {
      blocks.push({ kind: 'photo', ...photo, inlines: [{ text: photo.caption, bold: false, href: null }] });
      continue;
    }
    const heading = /^(#{1,3}) +(.*)$/.exec(line);
    if (heading)
      blocks.push({ kind: 'heading', level: heading[1]!.length as 1 | 2 | 3, inlines: parseInline(heading[2]!) });
    else blocks.push({ kind: 'paragraph', inlines: parseInline(line) });
  }
  return blocks;
}

/** The line that places an uploaded photo with its caption; the caption stays text. */
export const photoLine = (photoId: number, caption: string) => `![${escapeMarkup(caption)}](photo:${photoId})`;

function parsePhotoLine(line: string): { photoId: number; caption: string } | null {
  if (!line.startsWith('![')) return null;
  const close = findUnescaped(line, '](photo:', 2);
  const id = close === -1 ? null : /^\]\(photo:([1-9]\d{0,9})\)$/.exec(line.slice(close));
  return id ? { photoId: Number(id[1]), caption: unescape(line.slice(2, close)) } : null;
}

/**
 * The body with a photo line placed after its `after`-th block (0: first). Blank lines
 * between blocks are normalized to one, as the assembler writes them.
 */
export function insertPhotoLine(body: string, after: number, line: string): string {
  const blocks = body.split(/\r?\n/).filter((l) => l.trim());
  blocks.splice(Math.max(0, Math.min(after, blocks.length)), 0, line);
  return blocks.join('\n\n');
}

/** Finds `marker` at or after `from`, skipping escaped characters; -1 if absent. */
function findUnescaped(text: string, marker: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text.startsWith(marker, i)) return i;
  }
  return -1;
}

const unescape = (text: string) => text.replace(/\\(.)/g, '$1');

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let buffer = '';
  let bold = false;
  const flush = () => {
    if (buffer) out.push({ text: buffer, bold, href: null });
    buffer = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) {
      buffer += text[++i];
    } else if (text.startsWith('**', i) && (bold || findUnescaped(text, '**', i + 2) !== -1)) {
      flush();
      bold = !bold;
      i++;
    } else if (c === '[') {
      const close = findUnescaped(text, '](', i + 1);
      const end = close === -1 ? -1 : findUnescaped(text, ')', close + 2);
      const href = end === -1 ? null : safeHref(text.slice(close + 2, end));
      if (href === null) {
        buffer += c;
        continue;
      }
      flush();
      out.push({ text: unescape(text.slice(i + 1, close)), bold, href });
      i = end;
    } else {
      buffer += c;
    }
  }
  flush();
  return out;
}

export const inlineText = (inlines: Inline[]) => inlines.map((i) => i.text).join('');

/** The body as the reader sees it, without formatting: for tests and a quick look. */
export const plainText = (blocks: Block[]) => blocks.map((b) => inlineText(b.inlines)).join('\n');
