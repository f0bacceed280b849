import { describe, expect, it } from 'vitest';
import { parseBody } from './PledgeBody';

describe('pledge body markup', () => {
  it('reads headings, paragraphs and both kinds of list', () => {
    expect(parseBody('# 总则\n\n第一段\n续行\n\n- 甲\n- 乙\n\n1. 一\n2、二\n## 附则')).toEqual([
      { kind: 'h2', text: '总则' },
      { kind: 'p', text: '第一段\n续行' },
      { kind: 'ul', items: ['甲', '乙'] },
      { kind: 'ol', items: ['一', '二'] },
      { kind: 'h3', text: '附则' },
    ]);
  });

  it('never skips a heading level: "## " alone is the top level', () => {
    expect(parseBody('## 目标\n\n正文')).toEqual([
      { kind: 'h2', text: '目标' },
      { kind: 'p', text: '正文' },
    ]);
  });

  it('keeps HTML as plain text (React escapes it when rendering)', () => {
    expect(parseBody('<script>alert(1)</script>')).toEqual([{ kind: 'p', text: '<script>alert(1)</script>' }]);
  });
});
