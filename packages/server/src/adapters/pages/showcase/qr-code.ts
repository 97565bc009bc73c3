/** A QR code of a URL as inline SVG, made in-process (nothing is fetched or sent anywhere). */
import QRCode from 'qrcode';

/**
 * The SVG markup of a QR code for `text` (error correction M, a one-module quiet zone).
 * @example await qrCodeSvg('https://skillbank.example/s/abc') // '<svg xmlns=…'
 */
export function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
}
