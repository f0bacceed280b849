import bcrypt from 'bcryptjs';

// Cost 11: about 150 ms per hash here, slow for guessing, fine for one sign-in.
const COST = 11;

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}

// A real hash to compare against when the account does not exist, so the
// answer takes as long as for a real account and reveals nothing.
const decoyHash = bcrypt.hashSync('decoy-password-never-used', COST);

export async function burnPasswordCheck(plain: string): Promise<void> {
  await bcrypt.compare(plain, decoyHash);
}
