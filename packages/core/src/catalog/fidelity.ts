import type { LocalisedText } from '../errors.js';
import type { ProcedureContent } from './procedure.js';

/**
 * What the law expects every published procedure to state (DOMAIN.md §4, and the national
 * index's "published with complete documents" criterion). The focal officer's fidelity check
 * lists each gap so it can be fixed by the next decision.
 */
export const FIDELITY_PROBLEMS = {
  no_recourse: { vi: 'Thiếu nơi tiếp nhận khiếu nại, phản ánh', en: 'No recourse (where to complain)' },
  no_fee_information: { vi: 'Thiếu thông tin phí, lệ phí', en: 'No fee information' },
  no_processing_time: { vi: 'Thiếu thời hạn giải quyết', en: 'No processing time' },
  no_documents: { vi: 'Chưa có thành phần hồ sơ', en: 'No required documents' },
  document_form_missing: {
    vi: 'Thành phần hồ sơ chưa ghi bản chính hay bản sao',
    en: 'A document does not say original or copy',
  },
  no_legal_basis: { vi: 'Thiếu căn cứ pháp lý', en: 'No legal basis' },
  no_steps: { vi: 'Thiếu trình tự thực hiện', en: 'No steps' },
} as const satisfies Record<string, LocalisedText>;

export type FidelityProblemCode = keyof typeof FIDELITY_PROBLEMS;
export type FidelityProblem = { problem: FidelityProblemCode; path: string; message: LocalisedText };

export function checkFidelity(p: ProcedureContent): FidelityProblem[] {
  const found: FidelityProblem[] = [];
  const add = (problem: FidelityProblemCode, path: string) =>
    found.push({ problem, path, message: FIDELITY_PROBLEMS[problem] });
  if (!p.recourse) add('no_recourse', 'recourse');
  if (!p.fees || (!p.fees.noFee && p.fees.items.length === 0)) add('no_fee_information', 'fees');
  if (!p.processingTime) add('no_processing_time', 'processingTime');
  if (p.documents.length === 0) add('no_documents', 'documents');
  p.documents.forEach((d, i) => {
    if (d.form === null) add('document_form_missing', `documents.${i}.form`);
  });
  if (p.legalBasis.length === 0) add('no_legal_basis', 'legalBasis');
  if (p.steps.length === 0) add('no_steps', 'steps');
  return found;
}
