import { BinaryBitmap, DecodeHintType, HybridBinarizer, QRCodeReader, RGBLuminanceSource } from '@zxing/library';
import { PNG } from 'pngjs';

/** A PNG's pixels, for tests that look at a rendered image. */
export function readPng(bytes: Buffer): { width: number; height: number; data: Buffer } {
  const png = PNG.sync.read(bytes);
  return { width: png.width, height: png.height, data: png.data };
}

/** The text of the QR code in a PNG, read from its pixels as a phone's camera would (ZXing). */
export function decodeQrInPng(bytes: Buffer): string {
  const { width, height, data } = readPng(bytes);
  const luminance = new Uint8ClampedArray(width * height);
  for (let i = 0; i < width * height; i++) {
    luminance[i] = (data[i * 4]! * 299 + data[i * 4 + 1]! * 587 + data[i * 4 + 2]! * 114) / 1000;
  }
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(luminance, width, height)));
  return new QRCodeReader().decode(bitmap, new Map([[DecodeHintType.TRY_HARDER, true]])).getText();
}

/** How many pixels in the rectangle are light (text drawn white on the poster's red band). */
export function lightPixels(bytes: Buffer, box: { x: number; y: number; width: number; height: number }): number {
  const { width, data } = readPng(bytes);
  let count = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const at = (y * width + x) * 4;
      if (data[at]! > 200 && data[at + 1]! > 200 && data[at + 2]! > 200) count++;
    }
  }
  return count;
}
