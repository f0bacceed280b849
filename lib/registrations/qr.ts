import QRCode from 'qrcode';

/** A ticket's code as SVG markup for its page; emails get a PNG of the same code (lib/mail/deliver.ts). */
export function ticketQrSvg(code: string): Promise<string> {
  return QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
}
