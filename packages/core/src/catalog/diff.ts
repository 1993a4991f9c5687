/**
 * Field-level difference between two versions of a procedure, for the focal officer's
 * before/after view of a decision. Leaves are compared; arrays compare item by item, so
 * "documents.2.form" changes rather than the whole document list.
 */
export type FieldDifference = { path: string; before: Leaf | undefined; after: Leaf | undefined };
type Leaf = string | number | boolean | null;

export function diffContent(before: unknown, after: unknown): FieldDifference[] {
  const a = flatten(before);
  const b = flatten(after);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths
    .filter((p) => a.get(p) !== b.get(p))
    .sort(comparePaths)
    .map((path) => ({ path, before: a.get(path), after: b.get(path) }));
}

function flatten(value: unknown, prefix = '', out = new Map<string, Leaf>()): Map<string, Leaf> {
  // No document at all (a new or abolished procedure) contributes no fields.
  if (value === undefined || (value === null && prefix === '')) return out;
  if (value === null || typeof value !== 'object') {
    out.set(prefix, value as Leaf);
    return out;
  }
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  // An empty list or object is still a value ("no documents"), so it shows in the diff.
  if (entries.length === 0 && prefix !== '') out.set(prefix, Array.isArray(value) ? '[]' : '{}');
  for (const [key, v] of entries) flatten(v, prefix ? `${prefix}.${key}` : key, out);
  return out;
}

/** Paths in document order, with numeric segments compared as numbers (2 before 10). */
function comparePaths(x: string, y: string): number {
  const xs = x.split('.');
  const ys = y.split('.');
  for (let i = 0; i < Math.min(xs.length, ys.length); i++) {
    const [p, q] = [xs[i] ?? '', ys[i] ?? ''];
    if (p === q) continue;
    const [np, nq] = [Number(p), Number(q)];
    return Number.isInteger(np) && Number.isInteger(nq) ? np - nq : p < q ? -1 : 1;
  }
  return xs.length - ys.length;
}
