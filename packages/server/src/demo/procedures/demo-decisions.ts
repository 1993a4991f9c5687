import type { Fees } from '@motcua/core';

/**
 * Announcement decisions (quyết định công bố, DOMAIN.md §4) that drive the demo catalog through
 * time: the seed publishes every demo procedure, a later decision amends one fee, and another
 * abolishes one procedure. Numbers and signers are illustrative.
 */

/** Number, signature and effective date shared by every announcement decision. */
export interface AnnouncementDecision {
  /** Số quyết định, e.g. 1234/QĐ-UBND. */
  number: string;
  /** ISO date (yyyy-MM-dd). */
  signedOn: string;
  signer: string;
  /** ISO date (yyyy-MM-dd) from which the announced content is in force. */
  effectiveFrom: string;
  title: string;
}

/** One procedure whose fees change; the rest of its content stays as published. */
export interface FeeChange {
  code: string;
  fees: Fees;
}

export interface FeeAmendmentDecision extends AnnouncementDecision {
  changes: FeeChange[];
}

export interface AbolishDecision extends AnnouncementDecision {
  abolishedCodes: string[];
}

/** Publishes the whole DEMO_PROCEDURES catalog. */
export const SEED_DECISION: AnnouncementDecision = {
  number: '1234/QĐ-UBND',
  signedOn: '2025-07-15',
  signer: 'Chủ tịch UBND tỉnh Lâm Đồng',
  effectiveFrom: '2025-07-15',
  title:
    'Công bố danh mục thủ tục hành chính trong lĩnh vực y tế thuộc thẩm quyền giải quyết của Sở Y tế tỉnh Lâm Đồng',
};

/** Raises the appraisal fee of "Cấp Chứng chỉ hành nghề dược theo hình thức xét hồ sơ" from 500,000 to 600,000 VND. */
export const FEE_AMENDMENT_DECISION: FeeAmendmentDecision = {
  number: '456/QĐ-UBND',
  signedOn: '2026-03-02',
  signer: 'KT. Chủ tịch UBND tỉnh Lâm Đồng – Phó Chủ tịch',
  effectiveFrom: '2026-03-15',
  title:
    'Công bố thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực Dược phẩm thuộc thẩm quyền giải quyết của Sở Y tế tỉnh Lâm Đồng',
  changes: [
    {
      code: '1.002952',
      fees: {
        items: [
          {
            kind: 'fee',
            name: 'Phí thẩm định cấp Chứng chỉ hành nghề dược',
            amountVnd: 600_000,
            note: 'Nộp khi nộp hồ sơ; mức phí áp dụng từ ngày 15/3/2026',
          },
        ],
        noFee: false,
        exemptions: null,
      },
    },
  ],
};

/** Abolishes "Xác nhận nội dung quảng cáo mỹ phẩm" (older provincial code T-LDG-000123-TT). */
export const ABOLISH_DECISION: AbolishDecision = {
  number: '1789/QĐ-UBND',
  signedOn: '2026-06-01',
  signer: 'KT. Chủ tịch UBND tỉnh Lâm Đồng – Phó Chủ tịch',
  effectiveFrom: '2026-07-01',
  title:
    'Công bố thủ tục hành chính bị bãi bỏ trong lĩnh vực Mỹ phẩm thuộc thẩm quyền giải quyết của Sở Y tế tỉnh Lâm Đồng',
  abolishedCodes: ['T-LDG-000123-TT'],
};
