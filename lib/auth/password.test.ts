import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('round-trips, refuses other passwords and never stores the plain text', async () => {
    const hash = await hashPassword('长城-Great Wall 2020');
    expect(hash).not.toContain('Great Wall');
    expect(hash).toMatch(/^\$2[aby]\$11\$/);
    expect(await verifyPassword('长城-Great Wall 2020', hash)).toBe(true);
    expect(await verifyPassword('长城-Great Wall 2021', hash)).toBe(false);
  });

  it('salts: the same password hashes differently each time', async () => {
    const [a, b] = await Promise.all([hashPassword('same-password'), hashPassword('same-password')]);
    expect(a).not.toBe(b);
  });
});
