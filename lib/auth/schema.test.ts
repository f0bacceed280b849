import { describe, expect, it } from 'vitest';
import { signUpSchema } from './schema';

const valid = {
  name: '王晓东',
  email: 'Wang@Example.com ',
  password: 'correct horse',
  confirmPassword: 'correct horse',
};
const errorFor = (input: object, field: string) =>
  signUpSchema.safeParse({ ...valid, ...input }).error?.issues.find((i) => i.path.join('.') === field);

describe('sign-up input', () => {
  it('accepts Chinese names and normalises the email', () => {
    const parsed = signUpSchema.parse(valid);
    expect(parsed.email).toBe('wang@example.com');
    expect(signUpSchema.safeParse({ ...valid, name: '买买提·艾力' }).success).toBe(true);
    expect(signUpSchema.safeParse({ ...valid, name: 'Anne-Marie O’Neil' }).success).toBe(true);
  });

  it('refuses emoji, digits and empty names with the name message', () => {
    expect(errorFor({ name: '王🙂' }, 'name')?.message).toBe('validation.personName');
    expect(errorFor({ name: 'R2D2' }, 'name')?.message).toBe('validation.personName');
    expect(errorFor({ name: '   ' }, 'name')?.code).toBe('too_small');
    expect(errorFor({ name: '王'.repeat(51) }, 'name')?.code).toBe('too_big');
  });

  it('refuses malformed and over-long emails', () => {
    expect(errorFor({ email: 'not-an-email' }, 'email')?.message).toBe('validation.email');
    expect(errorFor({ email: `${'a'.repeat(250)}@x.cn` }, 'email')?.code).toBe('too_big');
  });

  it('refuses short, over-long and mismatched passwords', () => {
    expect(errorFor({ password: 'short', confirmPassword: 'short' }, 'password')?.message).toBe(
      'validation.passwordTooShort',
    );
    // 25 Chinese characters are 75 bytes: past what bcrypt reads.
    const long = '密'.repeat(25);
    expect(errorFor({ password: long, confirmPassword: long }, 'password')?.message).toBe('validation.passwordTooLong');
    expect(errorFor({ confirmPassword: 'something else' }, 'confirmPassword')?.message).toBe(
      'validation.passwordMismatch',
    );
  });
});
