import { describe, expect, it } from 'vitest';
import { revealHeading } from './reveal-heading';

describe('the venue display reveal line', () => {
  it('names a category that repeats its award once', () =>
    expect(revealHeading('金钥匙奖', '金钥匙奖')).toBe('金钥匙奖'));
  it('names a special category after its award', () =>
    expect(revealHeading('金钥匙奖', '最美战“疫”者')).toBe('金钥匙奖 · 最美战“疫”者'));
  it('does the same in English', () =>
    expect(revealHeading('Golden Key Award', 'Golden Key Award')).toBe('Golden Key Award'));
});
