import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { PDF_FONTS } from './fonts.js';
import { sharedFont } from './shared-font.js';

type Subset = { includeGlyph(gid: number): number; encode(): Uint8Array };
type Font = {
  numGlyphs: number;
  createSubset(): Subset;
  glyphForCodePoint(cp: number): { id: number };
  layout(text: string): { glyphs: { id: number }[]; positions: { xAdvance: number }[]; advanceWidth: number };
};

const dir = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const TEXT = 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ — Nguyễn Văn An, Đà Lạt; Mẫu số 01 (Ký, ghi rõ họ tên) …';

/** A small deterministic pseudo-random sequence (the test must not depend on Math.random). */
function* numbers(seed: number) {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    yield x;
  }
}

describe.each(Object.entries(PDF_FONTS))('sharedFont(%s)', (_name, file) => {
  const parse = () => fontkit.create(readFileSync(path.join(dir, file))) as unknown as Font;
  const plain = parse();
  const shared = sharedFont(parse() as never) as unknown as Font;

  it('writes the same subset bytes as fontkit, for the text of a form and for random glyphs', () => {
    const sets: number[][] = [[...TEXT].map((c) => plain.glyphForCodePoint(c.codePointAt(0)!).id)];
    const random = numbers(sets.length + file.length);
    for (let n = 0; n < 20; n++)
      sets.push(Array.from({ length: 1 + n * 7 }, () => random.next().value! % plain.numGlyphs));
    for (const gids of sets) {
      const a = plain.createSubset();
      const b = shared.createSubset();
      for (const gid of gids) expect(b.includeGlyph(gid)).toBe(a.includeGlyph(gid));
      const expected = Buffer.from(a.encode());
      expect(Buffer.from(b.encode()).equals(expected)).toBe(true);
      // A second document with the same glyphs gets the same file again.
      const c = shared.createSubset();
      for (const gid of gids) c.includeGlyph(gid);
      expect(Buffer.from(c.encode()).equals(expected)).toBe(true);
    }
  });

  it('lays out text as fontkit does, with positions of its own for every call', () => {
    for (const word of TEXT.split(' ')) {
      const expected = plain.layout(word);
      const first = shared.layout(word);
      expect(first.glyphs.map((g) => g.id)).toEqual(expected.glyphs.map((g) => g.id));
      expect(first.positions).toEqual(expected.positions.map((p) => ({ ...p })));
      expect(first.advanceWidth).toBe(expected.advanceWidth);
      // pdfkit scales the positions it is given in place: the next document must not see that.
      for (const p of first.positions) p.xAdvance *= 1000;
      expect(shared.layout(word).advanceWidth).toBe(expected.advanceWidth);
    }
  });
});
