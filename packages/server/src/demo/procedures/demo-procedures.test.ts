import { ProcedureContent } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import { ABOLISH_DECISION, FEE_AMENDMENT_DECISION, SEED_DECISION } from './demo-decisions.js';
import { DEMO_PROCEDURES } from './demo-procedures.js';

const lower = (s: string) => s.toLocaleLowerCase('vi');
const byCode = new Map(DEMO_PROCEDURES.map((p) => [p.code, p]));

/** One fragment per row (or split row) of DOMAIN.md §11, plus the brief's shorter fragments. */
const NAME_FRAGMENTS = [
  'Chứng chỉ hành nghề dược',
  'Cấp lại Chứng chỉ hành nghề dược',
  'Điều chỉnh nội dung Chứng chỉ hành nghề dược',
  'đủ điều kiện kinh doanh dược',
  'Cấp lại Giấy chứng nhận đủ điều kiện kinh doanh dược',
  'Điều chỉnh nội dung Giấy chứng nhận đủ điều kiện kinh doanh dược',
  'GPP',
  'quảng cáo thuốc',
  'mỹ phẩm',
  'Phiếu công bố sản phẩm mỹ phẩm sản xuất trong nước',
  'đủ điều kiện sản xuất mỹ phẩm',
  'giấy phép hành nghề',
  'Gia hạn giấy phép hành nghề',
  'Cấp lại giấy phép hành nghề',
  'Điều chỉnh giấy phép hành nghề',
  'giấy phép hoạt động',
  'Điều chỉnh giấy phép hoạt động',
  'Cấp lại giấy phép hoạt động',
  'danh mục kỹ thuật',
  'an toàn thực phẩm',
  'cơ sở đủ điều kiện an toàn thực phẩm',
  'thực phẩm dinh dưỡng y học',
  'quảng cáo thực phẩm',
  'trang thiết bị y tế',
  'mua bán trang thiết bị y tế thuộc loại B, C, D',
  'tiêm chủng',
  'giám định y khoa',
];

const FIELDS = [
  'Dược phẩm',
  'Mỹ phẩm',
  'Khám bệnh, chữa bệnh',
  'An toàn thực phẩm',
  'Trang thiết bị y tế',
  'Y tế dự phòng',
  'Giám định y khoa',
  'Y dược cổ truyền',
];

describe('DEMO_PROCEDURES', () => {
  it('has at least 20 procedures with unique codes', () => {
    expect(DEMO_PROCEDURES.length).toBeGreaterThanOrEqual(20);
    expect(byCode.size).toBe(DEMO_PROCEDURES.length);
  });

  it.each(DEMO_PROCEDURES.map((p) => [p.code, p] as const))('%s parses with ProcedureContent', (_code, p) => {
    expect(ProcedureContent.parse(p)).toEqual(p);
  });

  it('uses national codes and at least one older provincial code', () => {
    expect(DEMO_PROCEDURES.filter((p) => /^\d\.\d{6}$/.test(p.code)).length).toBeGreaterThanOrEqual(20);
    expect(DEMO_PROCEDURES.some((p) => p.code.startsWith('T-LDG-'))).toBe(true);
  });

  it.each(NAME_FRAGMENTS)('covers "%s"', (fragment) => {
    expect(DEMO_PROCEDURES.some((p) => lower(p.name).includes(lower(fragment)))).toBe(true);
  });

  it('covers every field', () => {
    const fields = new Set(DEMO_PROCEDURES.map((p) => p.field));
    for (const field of FIELDS) expect(fields, field).toContain(field);
  });

  it('fills every field meaningfully', () => {
    for (const p of DEMO_PROCEDURES) {
      const where = `${p.code} ${p.name}`;
      expect(p.level, where).toBe('province');
      expect(p.implementingAgency, where).toBe('Sở Y tế tỉnh Lâm Đồng');
      expect(p.recourse, where).toBeTruthy();
      expect(p.processingTime, where).not.toBeNull();
      expect(p.fees, where).not.toBeNull();
      if (p.fees) expect(p.fees.noFee ? p.fees.items.length === 0 : p.fees.items.length > 0, where).toBe(true);
      expect(p.documents.length, where).toBeGreaterThan(0);
      for (const d of p.documents) expect(d.form, `${where}: ${d.name}`).not.toBeNull();
      expect(p.steps.length, where).toBeGreaterThanOrEqual(3);
      expect(p.steps.length, where).toBeLessThanOrEqual(6);
      expect(p.legalBasis.length, where).toBeGreaterThan(0);
      expect(p.conditions, where).toBeTruthy();
      expect(p.dossierSets, where).toBeGreaterThanOrEqual(1);
      // Vietnamese text is stored precomposed (NFC) so that search and comparison work.
      expect(JSON.stringify(p), where).toBe(JSON.stringify(p).normalize('NFC'));
    }
  });

  it('routes pharmacy and cosmetics to Phòng Nghiệp vụ Dược, the rest to Phòng Nghiệp vụ Y', () => {
    for (const p of DEMO_PROCEDURES) {
      const unit = p.field === 'Dược phẩm' || p.field === 'Mỹ phẩm' ? '000.00.31.H36.02' : '000.00.31.H36.03';
      expect(p.implementingUnitCode, p.code).toBe(unit);
    }
  });

  it('shares no objects between procedures', () => {
    const [first, second] = DEMO_PROCEDURES;
    expect(first?.channels).not.toBe(second?.channels);
    expect(first?.legalBasis).not.toBe(second?.legalBasis);
  });

  it('offers realistic channels', () => {
    expect(DEMO_PROCEDURES.filter((p) => p.channels.online === 'full').length).toBeGreaterThanOrEqual(3);
    expect(DEMO_PROCEDURES.filter((p) => !p.channels.postReceipt).length).toBeGreaterThanOrEqual(2);
    const examination = DEMO_PROCEDURES.find((p) => p.field === 'Giám định y khoa');
    expect(examination?.channels.personalPresence).toBe(true);
    for (const p of DEMO_PROCEDURES.filter((q) => lower(q.name).includes('chứng chỉ hành nghề dược'))) {
      expect(p.channels, p.code).toMatchObject({ postReceipt: true, postReturn: true, online: 'partial' });
      expect(p.applicantTypes, p.code).toEqual(['citizen']);
    }
  });
});

describe('demo decisions', () => {
  const dates = [SEED_DECISION, FEE_AMENDMENT_DECISION, ABOLISH_DECISION];

  it('are well formed and in chronological order', () => {
    for (const d of dates) {
      expect(d.number).toMatch(/^\d+\/QĐ-UBND$/);
      expect(d.signedOn <= d.effectiveFrom).toBe(true);
      expect(d.title).toBeTruthy();
      expect(d.signer).toBeTruthy();
    }
    expect(SEED_DECISION.effectiveFrom < FEE_AMENDMENT_DECISION.effectiveFrom).toBe(true);
    expect(FEE_AMENDMENT_DECISION.effectiveFrom < ABOLISH_DECISION.effectiveFrom).toBe(true);
    expect(new Set(dates.map((d) => d.number)).size).toBe(dates.length);
  });

  it('amends the fee of an existing pharmacy procedure to a different, valid fee', () => {
    expect(FEE_AMENDMENT_DECISION.changes.length).toBeGreaterThan(0);
    for (const change of FEE_AMENDMENT_DECISION.changes) {
      const seeded = byCode.get(change.code);
      expect(seeded, change.code).toBeDefined();
      if (!seeded) continue;
      expect(seeded.field).toBe('Dược phẩm');
      expect(change.fees).not.toEqual(seeded.fees);
      expect(() => ProcedureContent.parse({ ...seeded, fees: change.fees })).not.toThrow();
    }
  });

  it('abolishes existing procedures only', () => {
    expect(ABOLISH_DECISION.abolishedCodes.length).toBeGreaterThan(0);
    for (const code of ABOLISH_DECISION.abolishedCodes) expect(byCode.has(code), code).toBe(true);
    const amended = new Set(FEE_AMENDMENT_DECISION.changes.map((c) => c.code));
    for (const code of ABOLISH_DECISION.abolishedCodes) expect(amended.has(code), code).toBe(false);
  });
});
