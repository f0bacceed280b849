import { describe, expect, it } from 'vitest';
import { escapeMarkup, insertPhotoLine, parseInline, parseMarkup, photoLine } from './markup';

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

describe('photo lines', () => {
  it('place a photo with its caption, which stays text', () => {
    const line = photoLine(12, '会场[全景] **粗**');
    expect(parseMarkup(`第一段\n\n${line}`)[1]).toEqual({
      kind: 'photo',
      photoId: 12,
      caption: '会场[全景] **粗**',
      inlines: [{ text: '会场[全景] **粗**', bold: false, href: null }],
    });
  });
  it('are not made from escaped data or a malformed line', () => {
    expect(parseMarkup(escapeMarkup('![x](photo:3)'))[0]!.kind).toBe('paragraph');
    expect(parseMarkup('![x](photo:3) and more')[0]!.kind).toBe('paragraph');
    expect(parseMarkup('![x](photo:0)')[0]!.kind).toBe('paragraph');
  });
  it('go after the chosen block, or first', () => {
    expect(insertPhotoLine('a\n\nb\n\n\n\nc', 1, 'P')).toBe('a\n\nP\n\nb\n\nc');
    expect(insertPhotoLine('a\n\nb', 0, 'P')).toBe('P\n\na\n\nb');
    expect(insertPhotoLine('a\n\nb', 99, 'P')).toBe('a\n\nb\n\nP');
  });
});
