import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirectory } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { PHOTO_MAX_BYTES, photoType, readPhoto, storePhoto } from './photos';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const refusal = async (file: File) => {
  try {
    await storePhoto(file);
    return 'stored';
  } catch (error) {
    return error instanceof AppError ? `${error.code}@${error.field}` : String(error);
  }
};

describe('nomination photos', () => {
  it('are typed by their first bytes, not their name', () => {
    expect(photoType(png)).toBe('png');
    expect(photoType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpg');
    expect(photoType(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(photoType(new TextEncoder().encode('<svg onload=alert(1)>'))).toBeNull();
  });

  it('are refused when too large or not an image, and stored under the data directory otherwise', async () => {
    expect(await refusal(new File(['<html>'], 'photo.png', { type: 'image/png' }))).toBe(
      'awards.errors.photoType@photo',
    );
    expect(await refusal(new File([new Uint8Array(PHOTO_MAX_BYTES + 1)], 'big.jpg'))).toBe(
      'awards.errors.photoSize@photo',
    );
    expect(await storePhoto(new File([], 'empty.png'))).toBeNull();
    const stored = (await storePhoto(new File([png], 'x.gif')))!;
    expect(stored).toMatch(/^uploads\/nominations\/[\w-]+\.png$/);
    expect(fs.existsSync(path.join(dataDirectory(), stored))).toBe(true);
    expect((await readPhoto(stored))?.mime).toBe('image/png');
    // A path from anywhere else is never read.
    expect(await readPhoto('../../etc/passwd')).toBeNull();
  });
});
