import { describe, expect, it } from 'vitest';
import type { TargetSnapshot } from '@/db/schema/pledges';
import { canonicalText, matchesHash, newVerificationCode, pledgeDocument, sha256, targetsFor } from './canonical';

const targets: TargetSnapshot[] = [
  { id: 1, description: '开展文明实践活动', indicator: '每季度不少于2次', dueDate: '2020-12-31', organizationId: null },
  { id: 2, description: '垃圾分类达标', indicator: '达标率100%', dueDate: '2020-10-31', organizationId: 7 },
];
const version = { body: '# 2020年度文明创建目标责任书\n\n为深入推进文明城区创建……\n\n- 责任一\n- 责任二', targets };

describe('canonical pledge text', () => {
  it('is stable: the same input gives the same text and hash', () => {
    expect(pledgeDocument(version, 7)).toEqual(pledgeDocument({ ...version, targets: [...targets] }, 7));
    expect(pledgeDocument(version, 7).hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores line-end style, trailing spaces and Unicode composition', () => {
    const windows = { ...version, body: version.body.replace(/\n/g, '\r\n').replace('活动', '活动   ') };
    expect(pledgeDocument(windows, 7).hash).toBe(pledgeDocument(version, 7).hash);
    const decomposed = 'Cafe\u0301';
    expect(canonicalText(decomposed, [])).toBe(canonicalText('Café', []));
  });

  it('changes with any change of the words, a target or the organization', () => {
    const base = pledgeDocument(version, 7).hash;
    expect(pledgeDocument({ ...version, body: version.body.replace('责任一', '责任壹') }, 7).hash).not.toBe(base);
    expect(
      pledgeDocument({ ...version, targets: [{ ...targets[0]!, indicator: '每季度不少于3次' }, targets[1]!] }, 7).hash,
    ).not.toBe(base);
    expect(pledgeDocument({ ...version, targets: [targets[1]!, targets[0]!] }, 7).hash).not.toBe(base);
    // Organization 8 does not get organization 7's extra target.
    expect(pledgeDocument(version, 8).hash).not.toBe(base);
    expect(targetsFor(targets, 8)).toHaveLength(1);
  });

  it('keeps Chinese text intact and hashes it as UTF-8', () => {
    const text = canonicalText('文明', []);
    expect(text).toContain('文明');
    // Known value (sha256sum of the UTF-8 bytes E6 96 87 E6 98 8E).
    expect(sha256('文明')).toBe('1b4fc896cfe19bd8b5b61bd1403bc6cf649a3db6212c71b748b9c25474490067');
    expect(sha256('文明')).not.toBe(sha256('文朙'));
  });

  it('matches pasted text that is the canonical text, copied with other line ends', () => {
    const { text, hash } = pledgeDocument(version, 7);
    expect(matchesHash(text.replace(/\n/g, '\r\n'), hash)).toBe(true);
    expect(matchesHash(text.replace('2次', '1次'), hash)).toBe(false);
  });

  it('makes readable, distinct verification codes', () => {
    const codes = new Set(Array.from({ length: 200 }, newVerificationCode));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);
  });
});
