import { describe, expect, it } from 'vitest';
import { registrationInput } from './schema';

const form = { meetingId: '1', categoryId: '2', name: '王小明', email: 'wang@example.cn' };

describe('registration answers', () => {
  it('refuses an answer over 500 characters beside its question instead of cutting it', () => {
    const parsed = registrationInput.safeParse({ ...form, answer_7: '长'.repeat(501) });
    expect(parsed.success).toBe(false);
    const issue = parsed.error!.issues[0]!;
    expect(issue.path).toEqual(['answer_7']);
    expect(issue).toMatchObject({ code: 'too_big', maximum: 500 });
  });

  it('keeps an answer of exactly 500 characters whole', () => {
    const parsed = registrationInput.parse({ ...form, answer_7: '长'.repeat(500) });
    expect(parsed.answers['7']).toHaveLength(500);
  });
});
