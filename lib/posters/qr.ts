import QRCode from 'qrcode';

/**
 * The poster's QR code as SVG markup (vector, so it stays sharp at any print size).
 * Error correction Q: a poster is photographed off screens and walls, at angles and
 * with glare; the address is short, so the stronger level costs little density.
 */
export function posterQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'Q',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
}

export const svgDataUri = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
