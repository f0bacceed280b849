import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { dataDirectory } from '@/lib/env';
import { UPLOAD_MAX_BYTES } from '@/lib/uploads';
import { awardError } from './errors';

export const PHOTO_MAX_BYTES = UPLOAD_MAX_BYTES;
const FOLDER = path.join('uploads', 'nominations');

/** The type is read from the file's first bytes, never from its name or the browser's claim. */
export function photoType(bytes: Uint8Array): 'jpg' | 'png' | 'webp' | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0xff, 0xd8, 0xff)) return 'jpg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (starts(0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.slice(8, 12)) === 'WEBP') return 'webp';
  return null;
}

export const photoMime = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp' } as const;

/** Stores an uploaded photo under the data directory; returns its path relative to it, or null for no photo. */
export async function storePhoto(file: FormDataEntryValue | null): Promise<string | null> {
  if (!file || typeof file === 'string' || file.size === 0) return null;
  if (file.size > PHOTO_MAX_BYTES) throw awardError('photoSize', { field: 'photo' });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = photoType(bytes);
  if (!type) throw awardError('photoType', { field: 'photo' });
  const relative = path.join(FOLDER, `${crypto.randomUUID()}.${type}`);
  await fs.mkdir(path.join(dataDirectory(), FOLDER), { recursive: true });
  await fs.writeFile(path.join(dataDirectory(), relative), bytes);
  return relative;
}

export async function removePhoto(relative: string | null) {
  if (relative) await fs.rm(path.join(dataDirectory(), relative), { force: true });
}

/** Reads a stored photo; the path comes from the database, checked to stay inside the uploads folder. */
export async function readPhoto(relative: string): Promise<{ bytes: Buffer; mime: string } | null> {
  const full = path.resolve(dataDirectory(), relative);
  if (!full.startsWith(path.resolve(dataDirectory(), FOLDER) + path.sep)) return null;
  const type = path.extname(full).slice(1) as keyof typeof photoMime;
  if (!(type in photoMime)) return null;
  try {
    return { bytes: await fs.readFile(full), mime: photoMime[type] };
  } catch {
    return null;
  }
}
