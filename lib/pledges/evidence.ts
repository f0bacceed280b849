import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dataDirectory } from '@/lib/env';
import { UPLOAD_MAX_BYTES } from '@/lib/uploads';
import { pledgeError } from './errors';
import type { EvidenceFile } from './mutations';

export const EVIDENCE_MAX_BYTES = UPLOAD_MAX_BYTES;
const allowed: Record<string, { ext: string; magic: (b: Buffer) => boolean }> = {
  'application/pdf': { ext: 'pdf', magic: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  'image/jpeg': { ext: 'jpg', magic: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  'image/png': {
    ext: 'png',
    magic: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  'image/webp': {
    ext: 'webp',
    magic: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
};

const folder = () => path.join(dataDirectory(), 'pledge-evidence');

/**
 * Checks an uploaded file (declared type *and* its first bytes, since the browser's
 * type is only a claim; size) and stores it under a random name. Returns null when
 * no file was chosen.
 */
export async function storeEvidence(file: FormDataEntryValue | null): Promise<EvidenceFile | null> {
  if (!file || typeof file === 'string' || file.size === 0) return null;
  if (file.size > EVIDENCE_MAX_BYTES) throw pledgeError('evidenceSize', { field: 'evidence' });
  const kind = allowed[file.type];
  const bytes = Buffer.from(await file.arrayBuffer());
  if (!kind || !kind.magic(bytes)) throw pledgeError('evidenceType', { field: 'evidence' });
  fs.mkdirSync(folder(), { recursive: true });
  const name = `${crypto.randomUUID()}.${kind.ext}`;
  fs.writeFileSync(path.join(folder(), name), bytes);
  return { path: name, name: file.name.slice(0, 200), type: file.type };
}

/** Removes a stored file whose report was refused, so nothing is half-saved. */
export function discardEvidence(evidence: EvidenceFile | null) {
  if (evidence) fs.rmSync(path.join(folder(), evidence.path), { force: true });
}

export function readEvidence(stored: string): Buffer | null {
  // Stored names are ours (uuid.ext); refuse anything that could leave the folder.
  if (!/^[0-9a-f-]{36}\.(pdf|jpg|png|webp)$/.test(stored)) return null;
  const file = path.join(folder(), stored);
  return fs.existsSync(file) ? fs.readFileSync(file) : null;
}
