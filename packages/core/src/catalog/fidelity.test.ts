import { describe, expect, it } from 'vitest';
import { checkFidelity } from './fidelity.js';
import type { ProcedureContent } from './procedure.js';

const complete: ProcedureContent = {
  code: '1.002952',
  name: 'Cấp Chứng chỉ hành nghề dược',
  field: 'Dược phẩm',
  level: 'province',
  implementingAgency: 'Sở Y tế tỉnh Lâm Đồng',
  implementingUnitCode: '000.00.31.H36.02',
  applicantTypes: ['citizen'],
  channels: { counter: true, postReceipt: true, postReturn: true, online: 'partial', personalPresence: false },
  documents: [
    { name: 'Đơn đề nghị', form: 'original', copies: 1, formTemplate: 'Mẫu số 02', reusableFromNationalData: false },
  ],
  dossierSets: 1,
  processingTime: { unit: 'working_days', total: 20, steps: { counter: 0.5, unit: 17.5, leader: 2 }, note: null },
  fees: {
    items: [{ kind: 'fee', name: 'Phí thẩm định', amountVnd: 500000, note: null }],
    noFee: false,
    exemptions: null,
  },
  result: 'Chứng chỉ hành nghề dược',
  conditions: null,
  steps: ['Nộp hồ sơ'],
  legalBasis: ['Luật Dược 2016'],
  recourse: 'Khiếu nại đến Giám đốc Sở Y tế',
};

describe('catalog fidelity check', () => {
  it('finds nothing in a complete procedure', () => {
    expect(checkFidelity(complete)).toEqual([]);
  });

  it('accepts "no fee" stated explicitly, but not silence', () => {
    expect(checkFidelity({ ...complete, fees: { items: [], noFee: true, exemptions: null } })).toEqual([]);
    expect(
      checkFidelity({ ...complete, fees: { items: [], noFee: false, exemptions: null } }).map((p) => p.problem),
    ).toEqual(['no_fee_information']);
    expect(checkFidelity({ ...complete, fees: null }).map((p) => p.problem)).toEqual(['no_fee_information']);
  });

  it('lists every gap with its path', () => {
    const gaps = checkFidelity({
      ...complete,
      recourse: null,
      processingTime: null,
      documents: [complete.documents[0]!, { ...complete.documents[0]!, form: null }],
      legalBasis: [],
      steps: [],
    });
    expect(gaps.map((g) => [g.problem, g.path])).toEqual([
      ['no_recourse', 'recourse'],
      ['no_processing_time', 'processingTime'],
      ['document_form_missing', 'documents.1.form'],
      ['no_legal_basis', 'legalBasis'],
      ['no_steps', 'steps'],
    ]);
    expect(gaps[0]?.message.vi).toMatch(/khiếu nại/);
  });

  it('flags a procedure without any document', () => {
    expect(checkFidelity({ ...complete, documents: [] }).map((g) => g.problem)).toEqual(['no_documents']);
  });
});
