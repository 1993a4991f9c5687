import { PDFDocument, PDFHexString, PDFInvalidObject, PDFName, PDFNumber, PDFString, type PDFRef } from 'pdf-lib';
import type { CertificateInfo } from './pki.js';

/** Where the visible signature block sits, and what the signature dictionary says. */
export type VisibleSignature = {
  /** 0-based page index. */
  page: number;
  /** [x1, y1, x2, y2] in PDF points from the bottom-left corner: the widget annotation's /Rect. */
  rect: [number, number, number, number];
  signingTime: Date;
  reason: string;
  location: string;
};

/**
 * Signs a PDF (PAdES: /SubFilter /ETSI.CAdES.detached, a detached CMS over the /ByteRange).
 * The local implementation signs with a PKCS#12 key; a remote signing service (the USB tokens
 * and cloud signing of Vietnamese CAs) implements the same two methods, or only `CmsSigner`
 * below and reuses `signPdfWithCms`, which does the PDF side. See docs/SIGNING.md.
 */
export interface PdfSigner {
  certificate(): Promise<CertificateInfo>;
  sign(pdf: Uint8Array, visible: VisibleSignature): Promise<Buffer>;
}

/** The one step that needs the private key: a detached CMS SignedData (DER) over `content`. */
export interface CmsSigner {
  certificate(): Promise<CertificateInfo>;
  signDetached(content: Uint8Array, signingTime: Date): Promise<Uint8Array>;
}

/** Room for the CMS: the signer's certificate, a CA chain of a few certificates, attributes. */
const SIGNATURE_BYTES = 16384;
const BYTE_RANGE_PLACEHOLDER = '/ByteRange [ 0 /********** /********** /********** ]';

export function pdfSignerFromCms(cms: CmsSigner): PdfSigner {
  return {
    certificate: () => cms.certificate(),
    sign: (pdf, visible) => signPdfWithCms(pdf, visible, cms),
  };
}

/**
 * Adds the signature field (widget over the visible block, AcroForm /SigFlags 3) with a zeroed
 * /Contents, writes the PDF without object streams, fills /ByteRange with the two spans around
 * /Contents, and puts the CMS over those spans into /Contents.
 */
export async function signPdfWithCms(pdf: Uint8Array, visible: VisibleSignature, cms: CmsSigner): Promise<Buffer> {
  const prepared = Buffer.from(await addSignatureField(pdf, visible));
  const contentsHex = `<${'0'.repeat(SIGNATURE_BYTES * 2)}>`;
  const start = prepared.indexOf(contentsHex, 0, 'latin1');
  const rangeAt = prepared.indexOf(BYTE_RANGE_PLACEHOLDER, 0, 'latin1');
  if (start < 0 || rangeAt < 0) throw new Error('signature placeholder not found');
  const end = start + contentsHex.length;
  const range = `/ByteRange [0 ${start} ${end} ${prepared.length - end}]`.padEnd(BYTE_RANGE_PLACEHOLDER.length, ' ');
  prepared.write(range, rangeAt, 'latin1');
  const signedContent = Buffer.concat([prepared.subarray(0, start), prepared.subarray(end)]);
  const signature = Buffer.from(await cms.signDetached(signedContent, visible.signingTime));
  if (signature.length > SIGNATURE_BYTES) throw new Error(`CMS of ${signature.length} bytes exceeds the placeholder`);
  prepared.write(signature.toString('hex').padEnd(SIGNATURE_BYTES * 2, '0'), start + 1, 'latin1');
  return prepared;
}

async function addSignatureField(pdf: Uint8Array, visible: VisibleSignature): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const page = doc.getPage(visible.page);
  const ctx = doc.context;
  const signature = ctx.obj({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: 'ETSI.CAdES.detached',
    ByteRange: ctx.obj([0, PDFName.of('**********'), PDFName.of('**********'), PDFName.of('**********')]),
    Contents: PDFHexString.of('0'.repeat(SIGNATURE_BYTES * 2)),
    // Text strings as UTF-16 so Vietnamese reasons and places read back intact.
    Reason: PDFHexString.fromText(visible.reason),
    Location: PDFHexString.fromText(visible.location),
    M: PDFString.fromDate(visible.signingTime),
  });
  // Written as raw bytes so pdf-lib never moves it into a compressed object stream.
  const bytes = new Uint8Array(signature.sizeInBytes());
  signature.copyBytesInto(bytes, 0);
  const signatureRef = ctx.register(PDFInvalidObject.of(bytes));
  const [x1, y1, x2, y2] = visible.rect;
  // The block itself is drawn in the page content; the widget's own appearance is empty.
  const appearance = ctx.register(ctx.formXObject([], { BBox: [0, 0, x2 - x1, y2 - y1], Resources: {} }));
  const widget: PDFRef = ctx.register(
    ctx.obj({
      Type: 'Annot',
      Subtype: 'Widget',
      FT: 'Sig',
      Rect: ctx.obj(visible.rect.map((n) => PDFNumber.of(n))),
      V: signatureRef,
      T: PDFHexString.fromText('Chữ ký số'),
      F: 4, // Print
      P: page.ref,
      AP: { N: appearance },
    }),
  );
  const annots = page.node.Annots();
  if (annots) annots.push(widget);
  else page.node.set(PDFName.of('Annots'), ctx.obj([widget]));
  doc.catalog.set(PDFName.of('AcroForm'), ctx.obj({ Fields: [widget], SigFlags: 3 }));
  const saved = await doc.save({ useObjectStreams: false, updateFieldAppearances: false });
  // pdf-lib writes the placeholder array as "[ 0 /********** … ]": the exact text searched above.
  return saved;
}
