import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';

/**
 * DejaVu covers every Vietnamese letter with precomposed glyphs, so pdftotext reads accents back
 * exactly (Noto would need its `ccmp` feature off). The fonts ship inside the npm package
 * `dejavu-fonts-ttf`, so `npm start` needs no Debian package. Each face is parsed by fontkit once
 * per process and the parsed font is handed to every document: pdfkit would re-parse a path or a
 * buffer for each document, which dominated the cost of a one-page slip.
 */
export const PDF_FONTS = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', italic: 'DejaVuSans-Oblique.ttf' };
export type PdfFontName = keyof typeof PDF_FONTS;

type ParsedFont = ReturnType<typeof fontkit.create>;
let parsed: Record<PdfFontName, ParsedFont> | undefined;

function fontDirectory(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

function parsedFonts(): Record<PdfFontName, ParsedFont> {
  if (!parsed) {
    const dir = fontDirectory();
    const load = (file: string) => fontkit.create(readFileSync(path.join(dir, file)));
    parsed = { regular: load(PDF_FONTS.regular), bold: load(PDF_FONTS.bold), italic: load(PDF_FONTS.italic) };
  }
  return parsed;
}

/**
 * A new A4 document with the three faces registered under their names ('regular', 'bold',
 * 'italic') and 'regular' selected. Call `doc.end()` and collect the stream (see `pdfToBuffer`).
 */
export function createPdfDocument(options: PDFKit.PDFDocumentOptions = {}): PDFKit.PDFDocument {
  const doc = new PDFDocument({ size: 'A4', margin: 56, ...options });
  const fonts = parsedFonts();
  for (const name of Object.keys(fonts) as PdfFontName[]) {
    // pdfkit accepts an already parsed fontkit font (anything with `layout`) as the source.
    doc.registerFont(name, fonts[name] as unknown as Buffer);
  }
  doc.font('regular');
  return doc;
}

/** Ends the document and resolves with its bytes. */
export function pdfToBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
