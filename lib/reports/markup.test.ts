import { describe, expect, it } from 'vitest';
import { escapeMarkup, parseInline, parseMarkup } from './markup';

describe('Markdown-lite', () => {
  it('reads headings, paragraphs, bold and source links', () => {
    expect(parseMarkup('# 标题\n\n正文**加粗**[来源](/organize/awards/1)\n### 小节')).toEqual([
      { kind: 'heading', level: 1, inlines: [{ text: '标题', bold: false, href: null }] },
      {
        kind: 'paragraph',
        inlines: [
          { text: '正文', bold: false, href: null },
          { text: '加粗', bold: true, href: null },
          { text: '来源', bold: false, href: '/organize/awards/1' },
        ],
      },
      { kind: 'heading', level: 3, inlines: [{ text: '小节', bold: false, href: null }] },
    ]);
  });

  it('leaves an unclosed bold, a foreign scheme and a protocol-relative link as text', () => {
    expect(parseInline('a **b')).toEqual([{ text: 'a **b', bold: false, href: null }]);
    expect(parseInline('[x](javascript:alert(1))').every((i) => i.href === null)).toBe(true);
    expect(parseInline('[x](//evil.example)').every((i) => i.href === null)).toBe(true);
  });

  it('round-trips any text through escapeMarkup unchanged and unformatted', () => {
    const nasty = '# **粗** [a](/b) \\ (c) #';
    const inlines = parseInline(escapeMarkup(nasty));
    expect(inlines).toEqual([{ text: nasty, bold: false, href: null }]);
    expect(parseMarkup(escapeMarkup(nasty))[0]!.kind).toBe('paragraph');
  });
});
