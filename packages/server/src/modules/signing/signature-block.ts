import type { VisibleSignature } from './pdf-signer.js';

export type SignatureBlockText = {
  signerName: string;
  signingTime: Date;
  /** IANA zone of the agency, for the time printed in the block. */
  timeZone: string;
};

const WIDTH = 230;
const HEIGHT = 62;

/**
 * Draws the visible signature block (a framed box: "Ký bởi: …", the time, "Đã ký số") at the
 * current position of a pdfkit page and returns where the widget annotation must go. Drawing
 * it in the page content, not in the widget's appearance stream, keeps the text searchable and
 * printed by every viewer.
 */
export function drawSignatureBlock(
  doc: PDFKit.PDFDocument,
  at: { x: number; y: number },
  text: SignatureBlockText,
): Pick<VisibleSignature, 'page' | 'rect'> {
  const { x, y } = at;
  doc.save();
  doc.lineWidth(1).strokeColor('#b0281a').rect(x, y, WIDTH, HEIGHT).stroke();
  doc.fillColor('#b0281a').font('bold').fontSize(9);
  doc.text(`Ký bởi: ${text.signerName}`, x + 6, y + 6, { width: WIDTH - 12 });
  doc
    .font('regular')
    .fontSize(9)
    .text(`Thời gian ký: ${formatLocal(text.signingTime, text.timeZone)}`, x + 6, y + 30, {
      width: WIDTH - 12,
    });
  doc.font('bold').text('Đã ký số', x + 6, y + 44, { width: WIDTH - 12 });
  doc.restore();
  doc.fillColor('black').font('regular');
  const pageHeight = doc.page.height;
  const page = doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;
  return { page, rect: [x, pageHeight - y - HEIGHT, x + WIDTH, pageHeight - y] };
}

export const SIGNATURE_BLOCK_SIZE = { width: WIDTH, height: HEIGHT };

/** "14:05:09 ngày 23/11/2026" in the agency's zone. */
export function formatLocal(at: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.hour}:${parts.minute}:${parts.second} ngày ${parts.day}/${parts.month}/${parts.year}`;
}
