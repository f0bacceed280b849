import { PNG } from 'pngjs';
import QRCode from 'qrcode';

const SCALE = 8;
const MARGIN = 4; // modules of quiet zone, as scanners expect

/**
 * A ticket's QR code as PNG bytes, made synchronously so an email can be queued
 * inside the transaction that confirms the seat (qrcode's own PNG writer is
 * asynchronous). The matrix comes from qrcode, the PNG from pngjs.
 */
export function ticketQrPng(code: string): Buffer {
  const { modules } = QRCode.create(code, { errorCorrectionLevel: 'M' });
  const size = (modules.size + MARGIN * 2) * SCALE;
  const png = new PNG({ width: size, height: size });
  png.data.fill(255);
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (!modules.get(row, col)) continue;
      for (let dy = 0; dy < SCALE; dy += 1) {
        for (let dx = 0; dx < SCALE; dx += 1) {
          const offset = (((row + MARGIN) * SCALE + dy) * size + (col + MARGIN) * SCALE + dx) * 4;
          png.data[offset] = png.data[offset + 1] = png.data[offset + 2] = 0;
        }
      }
    }
  }
  return PNG.sync.write(png);
}

/** The same code as SVG markup, for ticket pages. */
export function ticketQrSvg(code: string): Promise<string> {
  return QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: MARGIN });
}
