import QRCode from 'qrcode';
import { createPdfDocument, pdfToBuffer } from '../../pdf/fonts.js';
import type { VisibleSignature } from '../signing/pdf-signer.js';
import { drawSignatureBlock, SIGNATURE_BLOCK_SIZE } from '../signing/signature-block.js';

export type ResultPdfInput = {
  agencyName: string;
  /** "Lâm Đồng": the place in "Lâm Đồng, ngày … tháng … năm …". */
  place: string;
  number: string;
  /** Local date of issue, YYYY-MM-DD. */
  issuedOn: string;
  title: string;
  body: string;
  holderLabel: string;
  holderName: string;
  approvedBy: string | null;
  verifyUrl: string;
  signerName: string;
  signingTime: Date;
  timeZone: string;
};

/**
 * The result document (A4): national motto header, agency and number, title, body from the
 * template, the QR code to the public verification page, and the visible signature block.
 * Returns the PDF and where the signature widget goes. (A local header helper: the lead unifies
 * it with the statutory forms' motto header at merge.)
 */
export async function renderResultPdf(
  input: ResultPdfInput,
): Promise<{ pdf: Buffer; widget: Pick<VisibleSignature, 'page' | 'rect'> }> {
  const doc = createPdfDocument({ bufferPages: true, info: { Title: input.title, Author: input.agencyName } });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  drawMottoHeader(doc, input, left, width);

  doc.moveDown(2).font('bold').fontSize(16).text(input.title, left, doc.y, { width, align: 'center' });
  doc.moveDown(1).font('regular').fontSize(12);
  for (const paragraph of input.body.split(/\n+/)) {
    doc.text(paragraph, left, doc.y, { width, align: 'justify', indent: 28, paragraphGap: 6 });
  }
  doc.moveDown(0.5).text(`${input.holderLabel}: `, { continued: true }).font('bold').text(input.holderName);
  doc.font('regular');

  const top = Math.max(doc.y + 36, 420);
  const qr = await QRCode.toBuffer(input.verifyUrl, { type: 'png', margin: 1, scale: 4, errorCorrectionLevel: 'M' });
  doc.image(qr, left, top, { width: 110 });
  doc.fontSize(8).text('Quét mã để tra cứu, xác thực văn bản:', left, top + 116, { width: 200 });
  doc.text(input.verifyUrl, left, doc.y, { width: 200 });

  const blockX = left + width - SIGNATURE_BLOCK_SIZE.width;
  doc
    .font('bold')
    .fontSize(12)
    .text('LÃNH ĐẠO SỞ', blockX, top, { width: SIGNATURE_BLOCK_SIZE.width, align: 'center' });
  const widget = drawSignatureBlock(
    doc,
    { x: blockX, y: top + 24 },
    { signerName: input.signerName, signingTime: input.signingTime, timeZone: input.timeZone },
  );
  if (input.approvedBy) {
    doc
      .font('bold')
      .fontSize(12)
      .text(input.approvedBy, blockX, top + 24 + SIGNATURE_BLOCK_SIZE.height + 10, {
        width: SIGNATURE_BLOCK_SIZE.width,
        align: 'center',
      });
  }
  return { pdf: await pdfToBuffer(doc), widget };
}

function drawMottoHeader(doc: PDFKit.PDFDocument, input: ResultPdfInput, left: number, width: number): void {
  const top = doc.y;
  const leftWidth = width * 0.42;
  const rightX = left + leftWidth;
  const rightWidth = width - leftWidth;
  doc.font('bold').fontSize(11).text(input.agencyName.toUpperCase(), left, top, { width: leftWidth, align: 'center' });
  doc
    .font('regular')
    .fontSize(11)
    .text(`Số: ${input.number}`, left, doc.y + 6, { width: leftWidth, align: 'center' });
  doc
    .font('bold')
    .fontSize(11)
    .text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', rightX, top, { width: rightWidth, align: 'center' });
  doc
    .fontSize(12)
    .text('Độc lập - Tự do - Hạnh phúc', rightX, doc.y + 2, { width: rightWidth, align: 'center', underline: true });
  const [y, m, d] = input.issuedOn.split('-');
  doc
    .font('italic')
    .fontSize(11)
    .text(`${input.place}, ngày ${d} tháng ${m} năm ${y}`, rightX, doc.y + 8, {
      width: rightWidth,
      align: 'center',
    });
  doc.font('regular');
}
