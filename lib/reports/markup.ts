/**
 * Markdown-lite, the report body's format: one block per line — `# `, `## `, `### `
 * headings, anything else a paragraph — with `**bold**`, `[text](/source)` links
 * and `\` escapes inline. Small enough to parse by hand and to edit in a textarea;
 * see docs/decisions/0021-news-report-drafts.md.
 */
export type Inline = { text: string; bold: boolean; href: string | null };
export type Block = { kind: 'heading'; level: 1 | 2 | 3; inlines: Inline[] } | { kind: 'paragraph'; inlines: Inline[] };

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
    const heading = /^(#{1,3}) +(.*)$/.exec(line);
    if (heading) blocks.push({ kind: 'heading', level: heading[1]!.length as 1 | 2 | 3, inlines: parseInline(heading[2]!) });
    else blocks.push({ kind: 'paragraph', inlines: parseInline(line) });
  }
  return blocks;
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
