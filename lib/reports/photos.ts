import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { imageSize } from 'image-size';
import { photoType } from '@/lib/awards/photos';
import { dataDirectory } from '@/lib/env';
import { UPLOAD_MAX_BYTES } from '@/lib/uploads';
import { reportError } from './errors';

/** Inside uploads/, so backups and restores carry the photos (lib/storage/folders.ts). */
const FOLDER = path.join('uploads', 'reports');
const mime = { jpg: 'image/jpeg', png: 'image/png' } as const;

export type StoredPhoto = { path: string; type: 'jpg' | 'png'; width: number; height: number };

/**
 * Checks and stores a photo for a report: at most the app's upload size, JPEG or PNG by
 * its first bytes (the two a Word file shows everywhere), with readable dimensions, which
 * the Word export needs. Refusals name the `photo` field.
 */
export async function storeReportPhoto(file: FormDataEntryValue | null): Promise<StoredPhoto> {
  if (!file || typeof file === 'string' || file.size === 0) throw reportError('photoRequired', { field: 'photo' });
  if (file.size > UPLOAD_MAX_BYTES) throw reportError('photoSize', { field: 'photo' });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = photoType(bytes);
  if (type !== 'jpg' && type !== 'png') throw reportError('photoType', { field: 'photo' });
  let size: { width?: number; height?: number };
  try {
    size = imageSize(bytes);
  } catch {
    size = {};
  }
  if (!size.width || !size.height) throw reportError('photoType', { field: 'photo' });
  const relative = path.join(FOLDER, `${crypto.randomUUID()}.${type}`);
  await fs.mkdir(path.join(dataDirectory(), FOLDER), { recursive: true });
  await fs.writeFile(path.join(dataDirectory(), relative), bytes);
  return { path: relative, type, width: size.width, height: size.height };
}

export async function removeReportPhoto(relative: string) {
  await fs.rm(path.join(dataDirectory(), relative), { force: true });
}

/** Reads a stored report photo; the path comes from the database, checked to stay inside the folder. */
export async function readReportPhoto(relative: string): Promise<{ bytes: Buffer; mime: string } | null> {
  const full = path.resolve(dataDirectory(), relative);
  if (!full.startsWith(path.resolve(dataDirectory(), FOLDER) + path.sep)) return null;
  const type = path.extname(full).slice(1);
  if (type !== 'jpg' && type !== 'png') return null;
  try {
    return { bytes: await fs.readFile(full), mime: mime[type] };
  } catch {
    return null;
  }
}
