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
    const load = (file: string) => shared(prewarm(fontkit.create(readFileSync(path.join(dir, file)))));
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

type Glyph = { id: number; advanceWidth: number };
type Position = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number };
type Run = { glyphs: Glyph[]; positions: Position[]; readonly advanceWidth: number };
type GlyphRecord = {
  bytes: Uint8Array;
  components: { glyphID: number; pos: number }[] | null;
  advance: number;
  bearing: number;
};
/** The subset's internals that `_addGlyph` uses (fontkit's TTFSubset). */
type TtfSubset = {
  font: unknown;
  glyf: Uint8Array[];
  offset: number;
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  includeGlyph(gid: number): number;
  _addGlyph(gid: number): number;
};

/** Distinct words laid out per face before the cache starts over (names and addresses vary). */
const LAYOUT_CACHE_LIMIT = 20_000;

/**
 * The parsed font as pdfkit sees it, with the work that depends only on the font done once per
 * process instead of once per document:
 * - `layout`: pdfkit lays out text word by word and caches each word, but per document; shaping a
 *   word (GSUB/GPOS) was a fifth of a receipt. The shaped word is kept across documents; pdfkit
 *   scales the positions it gets in place, so each call gets its own copy of them.
 * - `createSubset`: fontkit decodes every outline of a glyph to copy its bytes into the embedded
 *   subset, for every document (about a sixth of a receipt). The bytes, composite components and
 *   metrics of each glyph are kept instead; the subset is then built as fontkit builds it.
 */
function shared(font: ParsedFont): ParsedFont {
  if (!('glyphForCodePoint' in font)) return font;
  const layouts = new Map<string, { glyphs: Glyph[]; positions: Position[] }>();
  const records = new Map<number, GlyphRecord>();
  const original = font as unknown as {
    layout(text: string, features?: unknown): Run;
    createSubset(): TtfSubset;
    getGlyph(
      gid: number,
    ): Glyph & {
      _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
      _getMetrics(): { leftBearing: number };
    };
    loca: { offsets: number[] };
    _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
    _variationProcessor?: unknown;
  };
  if (original._variationProcessor) return font;
  const record = (gid: number): GlyphRecord => {
    let r = records.get(gid);
    if (!r) {
      const glyph = original.getGlyph(gid);
      const glyf = glyph._decode();
      const from = original.loca.offsets[gid] ?? 0;
      const to = original.loca.offsets[gid + 1] ?? from;
      const stream = original._getTableStream('glyf');
      stream.pos += from;
      r = {
        bytes: Uint8Array.from(stream.readBuffer(to - from)),
        components:
          glyf && glyf.numberOfContours < 0
            ? (glyf.components ?? []).map((c) => ({ glyphID: c.glyphID, pos: c.pos }))
            : null,
        advance: glyph.advanceWidth,
        bearing: glyph._getMetrics().leftBearing,
      };
      records.set(gid, r);
    }
    return r;
  };
  const wrapper = Object.create(font) as typeof original;
  wrapper.layout = (text: string, features?: unknown): Run => {
    if (features !== undefined) return original.layout(text, features);
    let cached = layouts.get(text);
    if (!cached) {
      const run = original.layout(text);
      cached = { glyphs: run.glyphs, positions: run.positions.map((p) => ({ ...p })) };
      if (layouts.size >= LAYOUT_CACHE_LIMIT) layouts.clear();
      layouts.set(text, cached);
    }
    const positions = cached.positions.map((p) => ({ ...p }));
    return {
      glyphs: cached.glyphs,
      positions,
      get advanceWidth() {
        let width = 0;
        for (const p of positions) width += p.xAdvance;
        return width;
      },
    };
  };
  wrapper.createSubset = (): TtfSubset => {
    const subset = original.createSubset.call(font);
    subset._addGlyph = function (this: TtfSubset, gid: number): number {
      const r = record(gid);
      let bytes = r.bytes;
      if (r.components) {
        bytes = Uint8Array.from(bytes);
        const view = new DataView(bytes.buffer);
        for (const c of r.components) view.setUint16(c.pos, this.includeGlyph(c.glyphID));
      }
      this.glyf.push(bytes);
      this.loca.offsets.push(this.offset);
      this.hmtx.metrics.push({ advance: r.advance, bearing: r.bearing });
      this.offset += bytes.length;
      return this.glyf.length - 1;
    };
    return subset;
  };
  return wrapper as unknown as ParsedFont;
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
