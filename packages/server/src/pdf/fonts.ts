import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { sharedFont } from './shared-font.js';

/**
 * DejaVu covers every Vietnamese letter with precomposed glyphs, so pdftotext reads accents back
 * exactly (Noto would need its `ccmp` feature off). The fonts ship inside the npm package
 * `dejavu-fonts-ttf`, so `npm start` needs no Debian package. Each face is parsed by fontkit once
 * per process and the parsed font is handed to every document: pdfkit would re-parse a path or a
 * buffer for each document, which dominated the cost of a one-page slip. `sharedFont` also keeps
 * what pdfkit would redo per document with the same font (shaped words, glyph bytes; see there).
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
    const load = (file: string) => sharedFont(prewarm(fontkit.create(readFileSync(path.join(dir, file)))));
    parsed = { regular: load(PDF_FONTS.regular), bold: load(PDF_FONTS.bold), italic: load(PDF_FONTS.italic) };
  }
  return parsed;
}

/**
 * fontkit caches one glyph object per glyph id, with the characters it was first created for.
 * Glyphs first met inside a shaping substitution are cached without characters, and pdfkit's
 * ToUnicode map then has no text for them in every later document sharing the parsed font
 * (pdftotext read "SỔ TH DÕI"). Creating the glyphs of Latin and Vietnamese from the character
 * map first gives each its own character.
 */
function prewarm(parsedFont: ParsedFont): ParsedFont {
  if (!('glyphForCodePoint' in parsedFont)) return parsedFont; // a collection (.ttc): not ours
  const font = parsedFont;
  const ranges: [number, number][] = [
    [0x20, 0x24f], // Basic Latin to Latin Extended-B (ơ, ư, đ)
    [0x300, 0x36f], // combining marks
    [0x1e00, 0x1eff], // Latin Extended Additional (ạ, ế, ồ, ữ…)
    [0x2000, 0x206f], // punctuation (–, —, …)
  ];
  for (const [from, to] of ranges)
    for (let cp = from; cp <= to; cp++) if (font.hasGlyphForCodePoint(cp)) font.glyphForCodePoint(cp);
  return parsedFont;
}

/**
 * A new A4 document with the three faces registered under their names ('regular', 'bold',
 * 'italic') and 'regular' selected. Call `doc.end()` and collect the stream (see `pdfToBuffer`).
 */
export function createPdfDocument(options: PDFKit.PDFDocumentOptions = {}): PDFKit.PDFDocument {
  // `font: null`: no default Helvetica, whose metrics pdfkit would parse for every document.
  const doc = new PDFDocument({ size: 'A4', margin: 56, font: null as unknown as string, ...options });
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
