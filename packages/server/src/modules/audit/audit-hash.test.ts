import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { auditHash, canonicalAroundSeq, canonicalJson, GENESIS_HASH, type AuditFields } from './audit-hash.js';

const row: AuditFields = {
  agencyId: '6b0c3c43-1b7b-4e8a-9d59-0a3c1f1a0001',
  seq: 1,
  occurredAt: new Date('2026-02-13T09:30:00.123Z'),
  actorId: null,
  actorName: 'system',
  action: 'user.create',
  targetType: 'user',
  targetId: 'x',
  requestId: 'r',
  clientIp: '127.0.0.1',
  details: { b: 1, a: { d: 2, c: 'Hồ sơ' } },
};

describe('audit hash', () => {
  it('does not depend on key order (jsonb reorders keys)', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
    expect(auditHash(GENESIS_HASH, row)).toBe(
      auditHash(GENESIS_HASH, { ...row, details: { a: { c: 'Hồ sơ', d: 2 }, b: 1 } }),
    );
  });

  it('changes when any field or the previous hash changes', () => {
    const base = auditHash(GENESIS_HASH, row);
    const variants: Partial<AuditFields>[] = [
      { seq: 2 },
      { occurredAt: new Date('2026-02-13T09:30:00.124Z') },
      { actorName: 'other' },
      { action: 'user.update' },
      { targetId: 'y' },
      { requestId: null },
      { clientIp: '10.0.0.1' },
      { details: { b: 2, a: { d: 2, c: 'Hồ sơ' } } },
    ];
    for (const v of variants) expect(auditHash(GENESIS_HASH, { ...row, ...v }), JSON.stringify(v)).not.toBe(base);
    expect(auditHash('f'.repeat(64), row)).not.toBe(base);
  });

  it('cuts the canonical JSON around seq exactly where the database splices it in', () => {
    for (const seq of [1, 42, 1_000_000_007]) {
      const { seq: _omitted, ...rest } = { ...row, seq };
      const { before, after } = canonicalAroundSeq(rest);
      const spliced = createHash('sha256').update(`${GENESIS_HASH}${before}${seq}${after}`).digest('hex');
      expect(spliced).toBe(auditHash(GENESIS_HASH, { ...row, seq }));
    }
  });
});
