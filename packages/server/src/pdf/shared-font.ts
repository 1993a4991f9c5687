import type * as fontkit from 'fontkit';

/**
 * A parsed font shared by every document of the process, with the work that depends only on the
 * font done once per process instead of once per document. Measured on the receipt (mẫu 01), where
 * these were most of the time past pdfkit's fixed cost of a document:
 *
 * - `layout`: pdfkit lays text out word by word and caches each word, but per document, and
 *   shaping a word (GSUB/GPOS lookups) was a fifth of a receipt. The shaped word is kept across
 *   documents; pdfkit scales the positions it gets in place, so each call gets its own copy.
 * - `createSubset`: to copy a glyph into the embedded subset, fontkit decoded its whole outline,
 *   then re-encoded the unchanged tables (cvt, prep, fpgm, head…) field by field, for every
 *   document and face (about a third of a receipt). The glyph's bytes, composite components and
 *   metrics are kept once read, the unchanged tables are kept as bytes, and the subset file is
 *   written straight from them: the same bytes fontkit writes (shared-font.test.ts checks it).
 *
 * The glyphs a document uses, their order and so the subset still come from that document.
 */
export function sharedFont<F extends ReturnType<typeof fontkit.create>>(parsed: F): F {
  const font = parsed as unknown as TtfFont;
  if (typeof font.createSubset !== 'function' || font._variationProcessor) return parsed;
  const layouts = new Map<string, { glyphs: Glyph[]; positions: Position[] }>();
  const records = new Map<number, GlyphRecord>();
  let template: SubsetTemplate | null | undefined;

  const record = (gid: number): GlyphRecord => {
    let r = records.get(gid);
    if (!r) {
      const glyph = font.getGlyph(gid);
      const glyf = glyph._decode();
      const from = font.loca.offsets[gid] ?? 0;
      const to = font.loca.offsets[gid + 1] ?? from;
      const stream = font._getTableStream('glyf');
      stream.pos += from;
      r = {
        bytes: Uint8Array.from(stream.readBuffer(to - from)),
        components:
          glyf && glyf.numberOfContours < 0
            ? (glyf.components ?? []).map(({ glyphID, pos }) => ({ glyphID, pos }))
            : null,
        advance: glyph.advanceWidth,
        bearing: glyph._getMetrics().leftBearing,
      };
      records.set(gid, r);
    }
    return r;
  };

  function addGlyph(this: TtfSubset, gid: number): number {
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
  }

  const wrapper = Object.create(font) as TtfFont;
  wrapper.layout = (text: string, features?: unknown): Run => {
    if (features !== undefined) return font.layout(text, features);
    let cached = layouts.get(text);
    if (!cached) {
      const run = font.layout(text);
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
    const subset = font.createSubset();
    if (template === undefined) template = subsetTemplate(font);
    if (!template) return subset; // not a TrueType subset we can write (e.g. CFF): fontkit's own
    const t = template;
    subset._addGlyph = addGlyph;
    subset.encode = function (this: TtfSubset) {
      return writeSubset(this, t);
    };
    return subset;
  };
  return wrapper as unknown as F;
}

/** Distinct words kept per face before the cache starts over (names and addresses vary). */
const LAYOUT_CACHE_LIMIT = 20_000;

type Glyph = { id: number; advanceWidth: number };
type Position = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number };
type Run = { glyphs: Glyph[]; positions: Position[]; readonly advanceWidth: number };
type GlyphRecord = {
  bytes: Uint8Array;
  components: { glyphID: number; pos: number }[] | null;
  advance: number;
  bearing: number;
};
/** The parts of fontkit's TTFSubset used here. */
type TtfSubset = {
  glyphs: number[];
  glyf: Uint8Array[];
  offset: number;
  loca: { offsets: number[]; version: number };
  hmtx: { metrics: { advance: number; bearing: number }[]; bearings: number[] };
  includeGlyph(gid: number): number;
  _addGlyph(gid: number): number;
  encode(): Uint8Array;
};
/** The parts of fontkit's TTFFont used here. */
type TtfFont = {
  layout(text: string, features?: unknown): Run;
  createSubset(): TtfSubset;
  getGlyph(gid: number): Glyph & {
    _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
    _getMetrics(): { leftBearing: number };
  };
  loca: { offsets: number[]; version: number };
  directory: { tables: Record<string, unknown> };
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
  _variationProcessor?: unknown;
};

/** fontkit's subset file of glyph 0 alone, cut into its header and tables. */
type SubsetTemplate = { header: Uint8Array; tables: { tag: string; bytes: Uint8Array }[] };

/** The tables fontkit writes in a TrueType subset, in its order; those that change per subset. */
const SUBSET_TABLES = ['head', 'hhea', 'loca', 'maxp', 'cvt ', 'prep', 'glyf', 'hmtx', 'fpgm'];
const PER_SUBSET = new Set(['hhea', 'loca', 'maxp', 'glyf', 'hmtx']);

function subsetTemplate(font: TtfFont): SubsetTemplate | null {
  if (font.directory.tables['CFF '] || font.loca.version !== 1) return null;
  const bytes = font.createSubset().encode();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint16(4);
  const tables: SubsetTemplate['tables'] = [];
  for (let i = 0; i < count; i++) {
    const entry = 12 + 16 * i;
    const tag = String.fromCharCode(...bytes.subarray(entry, entry + 4));
    const offset = view.getUint32(entry + 8);
    tables.push({ tag, bytes: bytes.slice(offset, offset + view.getUint32(entry + 12)) });
  }
  const tags = tables.map((t) => t.tag);
  const expected = SUBSET_TABLES.filter((tag) => tags.includes(tag));
  if (tags.join() !== expected.join() || [...PER_SUBSET].some((tag) => !tags.includes(tag))) return null;
  return { header: bytes.slice(0, 12), tables };
}

/**
 * fontkit's TTFSubset.encode, written from kept bytes: the glyphs (and the components of
 * composite glyphs) are added in the same order, the directory is laid out as fontkit lays it
 * out (tables back to back in its order, checksums 0), `loca` in long offsets.
 */
function writeSubset(subset: TtfSubset, t: SubsetTemplate): Uint8Array {
  subset.glyf = [];
  subset.offset = 0;
  subset.loca = { offsets: [], version: 1 };
  subset.hmtx = { metrics: [], bearings: [] };
  for (let i = 0; i < subset.glyphs.length; i++) subset._addGlyph(subset.glyphs[i]!);
  subset.loca.offsets.push(subset.offset);
  const count = subset.glyf.length;
  const parts = t.tables.map(({ tag, bytes }): { tag: string; bytes: Uint8Array } => {
    switch (tag) {
      case 'hhea': {
        const copy = bytes.slice();
        new DataView(copy.buffer).setUint16(34, count); // numberOfMetrics
        return { tag, bytes: copy };
      }
      case 'maxp': {
        const copy = bytes.slice();
        new DataView(copy.buffer).setUint16(4, count); // numGlyphs
        return { tag, bytes: copy };
      }
      case 'loca': {
        const loca = new Uint8Array(4 * (count + 1));
        const view = new DataView(loca.buffer);
        subset.loca.offsets.forEach((offset, i) => view.setUint32(4 * i, offset));
        return { tag, bytes: loca };
      }
      case 'glyf':
        return { tag, bytes: concat(subset.glyf, subset.offset) };
      case 'hmtx': {
        const hmtx = new Uint8Array(4 * count);
        const view = new DataView(hmtx.buffer);
        subset.hmtx.metrics.forEach((m, i) => {
          view.setUint16(4 * i, m.advance);
          view.setInt16(4 * i + 2, m.bearing);
        });
        return { tag, bytes: hmtx };
      }
      default:
        return { tag, bytes };
    }
  });
  const directory = 12 + 16 * parts.length;
  const out = new Uint8Array(directory + parts.reduce((s, p) => s + p.bytes.length, 0));
  const view = new DataView(out.buffer);
  out.set(t.header, 0);
  let offset = directory;
  parts.forEach(({ tag, bytes }, i) => {
    const entry = 12 + 16 * i;
    for (let c = 0; c < 4; c++) out[entry + c] = tag.charCodeAt(c);
    view.setUint32(entry + 4, 0);
    view.setUint32(entry + 8, offset);
    view.setUint32(entry + 12, bytes.length);
    out.set(bytes, offset);
    offset += bytes.length;
  });
  return out;
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}
