import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirectory } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { discardEvidence, EVIDENCE_MAX_BYTES, readEvidence, storeEvidence } from './evidence';

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const refusal = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'stored',
    (error) => (error instanceof AppError ? `${error.reason}:${error.field}` : String(error)),
  );

describe('evidence files', () => {
  it('stores a real image under the data directory with a random name, and reads it back', async () => {
    const stored = (await storeEvidence(new File([png], '照片.png', { type: 'image/png' })))!;
    expect(stored).toMatchObject({ name: '照片.png', type: 'image/png' });
    expect(fs.existsSync(path.join(dataDirectory(), 'pledge-evidence', stored.path))).toBe(true);
    expect(readEvidence(stored.path)?.equals(png)).toBe(true);
    discardEvidence(stored);
    expect(readEvidence(stored.path)).toBeNull();
  });

  it('refuses a wrong type (by declared type or by content) and a file that is too large', async () => {
    expect(await refusal(storeEvidence(new File(['MZ...'], 'virus.exe', { type: 'application/x-msdownload' })))).toBe(
      'evidenceType:evidence',
    );
    expect(await refusal(storeEvidence(new File(['not really a png'], 'fake.png', { type: 'image/png' })))).toBe(
      'evidenceType:evidence',
    );
    expect(
      await refusal(
        storeEvidence(new File([Buffer.alloc(EVIDENCE_MAX_BYTES + 1)], 'big.pdf', { type: 'application/pdf' })),
      ),
    ).toBe('evidenceSize:evidence');
    expect(await storeEvidence(null)).toBeNull();
  });

  it('never reads outside its folder', () => {
    expect(readEvidence('../convene.db')).toBeNull();
    expect(readEvidence('/etc/passwd')).toBeNull();
  });
});
