import { describe, expect, it } from 'vitest';

describe('messages', () => {
  it('name every refusal in both languages', async () => {
    const { awardError } = await import('./errors');
    for (const file of ['en', 'zh-CN']) {
      const messages = (await import(`@/messages/${file}.json`)).default as {
        awards: { errors: Record<string, string> };
      };
      for (const key of awardError.reasons) expect(messages.awards.errors[key], `${file} ${key}`).toBeTruthy();
    }
  });
});
