import QRCode from 'qrcode';

/** The verification address of a signed pledge as a QR code, for the printed copy. */
export function verificationQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
}
