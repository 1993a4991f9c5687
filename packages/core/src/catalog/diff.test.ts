import { describe, expect, it } from 'vitest';
import { diffContent } from './diff.js';

describe('diffContent', () => {
  it('finds nothing between equal documents, whatever the key order', () => {
    expect(diffContent({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toEqual([]);
  });

  it('names the changed leaf, e.g. a fee amount', () => {
    const before = { fees: { items: [{ name: 'Phí thẩm định', amountVnd: 500000 }], noFee: false } };
    const after = { fees: { items: [{ name: 'Phí thẩm định', amountVnd: 600000 }], noFee: false } };
    expect(diffContent(before, after)).toEqual([{ path: 'fees.items.0.amountVnd', before: 500000, after: 600000 }]);
  });

  it('shows added and removed list items and a whole new procedure', () => {
    expect(diffContent({ docs: ['a'] }, { docs: ['a', 'b'] })).toEqual([
      { path: 'docs.1', before: undefined, after: 'b' },
    ]);
    expect(diffContent({ docs: ['a'] }, { docs: [] })).toEqual([
      { path: 'docs', before: undefined, after: '[]' },
      { path: 'docs.0', before: 'a', after: undefined },
    ]);
    expect(diffContent(null, { name: 'X' })).toEqual([{ path: 'name', before: undefined, after: 'X' }]);
    expect(diffContent({ name: 'X' }, null)).toEqual([{ path: 'name', before: 'X', after: undefined }]);
  });

  it('orders list indices numerically', () => {
    const before = { l: Array.from({ length: 12 }, (_, i) => i) };
    const after = { l: Array.from({ length: 12 }, (_, i) => i + 1) };
    expect(diffContent(before, after).map((c) => c.path)).toEqual(Array.from({ length: 12 }, (_, i) => `l.${i}`));
  });

  it('tells null from a missing field', () => {
    expect(diffContent({ recourse: null }, {})).toEqual([{ path: 'recourse', before: null, after: undefined }]);
  });
});
