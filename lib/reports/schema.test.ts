import { describe, expect, it } from 'vitest';
import { saveReportInput } from './schema';

describe('saveReportInput', () => {
  it('refuses a body with nothing in it, so no empty version can be saved or exported', () => {
    const result = saveReportInput.safeParse({
      meetingId: '1',
      reportLocale: 'zh-CN',
      body: ' \n\n \t',
      baseVersion: '1',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('too_small');
  });
  it('refuses a language the report cannot be written in', () => {
    expect(
      saveReportInput.safeParse({ meetingId: '1', reportLocale: 'fr', body: '# x', baseVersion: '0' }).success,
    ).toBe(false);
  });
});
