import { describe, expect, it } from 'vitest';
import { localizedName, localizedText } from './localized-name';

describe('localizedName', () => {
  const award = { name: '金钥匙奖', nameEn: 'Golden Key Award' };

  it('gives English visitors the English name', () => {
    expect(localizedName(award, 'en')).toBe('Golden Key Award');
  });

  it('gives Chinese visitors the original even when an English name exists', () => {
    expect(localizedName(award, 'zh-CN')).toBe('金钥匙奖');
  });

  it('falls back to the original when there is no English name', () => {
    expect(localizedName({ name: '公众', nameEn: null }, 'en')).toBe('公众');
    expect(localizedName({ name: '公众', nameEn: '' }, 'en')).toBe('公众');
    expect(localizedName({ name: '公众' }, 'en')).toBe('公众');
  });

  it('reads titles as well as names', () => {
    expect(localizedName({ title: '开幕', titleEn: 'Opening' }, 'en')).toBe('Opening');
    expect(localizedName({ title: '开幕', titleEn: 'Opening' }, 'zh-CN')).toBe('开幕');
  });
});

describe('localizedText', () => {
  it('keeps a missing text missing', () => {
    expect(localizedText(null, null, 'en')).toBeNull();
    expect(localizedText('主题', 'Theme', 'en')).toBe('Theme');
    expect(localizedText('主题', 'Theme', 'zh-CN')).toBe('主题');
  });
});
