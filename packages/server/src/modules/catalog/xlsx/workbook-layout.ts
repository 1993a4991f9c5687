import { APPLICANT_TYPES, DOCUMENT_FORMS, ONLINE_LEVELS, PROCEDURE_LEVELS, TIME_UNITS } from '@motcua/core';

/**
 * The catalog workbook (docs/CATALOG-WORKBOOK.md): three flat sheets, one header row each.
 * Export and import both read this table, so a column cannot be written one way and read
 * another. `path` is where the value lives in ProcedureContent (for documents and fee items,
 * within one item); it also turns a validation issue back into the cell to blame.
 */
export type ColumnKind = 'code' | 'text' | 'lines' | 'list' | 'enum' | 'bool' | 'int' | 'number';

export type Column = {
  key: string;
  header: string;
  kind: ColumnKind;
  /** An empty cell is a problem. Other columns must still be present, but may be empty. */
  required: boolean;
  width: number;
  path: string | null;
  values?: readonly string[];
};

const column = (
  key: string,
  header: string,
  kind: ColumnKind,
  path: string | null,
  options: { required?: boolean; width?: number; values?: readonly string[] } = {},
): Column => ({
  key,
  header,
  kind,
  path,
  required: options.required ?? false,
  width: options.width ?? (kind === 'lines' ? 60 : kind === 'text' ? 40 : 16),
  ...(options.values ? { values: options.values } : {}),
});

export const BOOLEAN_TRUE = 'Có';
export const BOOLEAN_FALSE = 'Không';
const FEE_KINDS = ['fee', 'charge'] as const;

export const PROCEDURE_SHEET = 'Thủ tục';
export const CODE_HEADER = 'Mã thủ tục';
export const ORDER_HEADER = 'Thứ tự';
export const DOCUMENT_SHEET = 'Thành phần hồ sơ';
export const FEE_SHEET = 'Phí, lệ phí';

export const PROCEDURE_COLUMNS: readonly Column[] = [
  column('code', CODE_HEADER, 'code', 'code', { required: true, width: 18 }),
  column('name', 'Tên thủ tục', 'text', 'name', { required: true, width: 60 }),
  column('field', 'Lĩnh vực', 'text', 'field', { required: true, width: 24 }),
  column('level', 'Cấp thực hiện', 'enum', 'level', { required: true, values: PROCEDURE_LEVELS }),
  column('implementingAgency', 'Cơ quan thực hiện', 'text', 'implementingAgency', { required: true }),
  column('implementingUnitCode', 'Mã đơn vị xử lý', 'text', 'implementingUnitCode', { width: 20 }),
  column('applicantTypes', 'Đối tượng thực hiện', 'list', 'applicantTypes', {
    required: true,
    values: APPLICANT_TYPES,
    width: 24,
  }),
  column('counter', 'Nộp trực tiếp', 'bool', 'channels.counter', { required: true }),
  column('postReceipt', 'Nộp qua bưu chính', 'bool', 'channels.postReceipt', { required: true }),
  column('postReturn', 'Trả kết quả qua bưu chính', 'bool', 'channels.postReturn', { required: true }),
  column('online', 'Dịch vụ công trực tuyến', 'enum', 'channels.online', { required: true, values: ONLINE_LEVELS }),
  column('personalPresence', 'Phải có mặt trực tiếp', 'bool', 'channels.personalPresence', { required: true }),
  column('dossierSets', 'Số bộ hồ sơ', 'int', 'dossierSets', { required: true }),
  column('timeUnit', 'Đơn vị thời hạn', 'enum', 'processingTime.unit', { values: TIME_UNITS }),
  column('timeTotal', 'Thời hạn giải quyết', 'number', 'processingTime.total'),
  column('timeCounter', 'Thời hạn bước tiếp nhận', 'number', 'processingTime.steps.counter'),
  column('timeUnitStep', 'Thời hạn bước phòng chuyên môn', 'number', 'processingTime.steps.unit'),
  column('timeLeader', 'Thời hạn bước lãnh đạo', 'number', 'processingTime.steps.leader'),
  column('timeNote', 'Ghi chú thời hạn', 'text', 'processingTime.note'),
  column('noFee', 'Không quy định phí, lệ phí', 'bool', 'fees.noFee'),
  column('feeExemptions', 'Đối tượng miễn, giảm phí', 'text', 'fees.exemptions'),
  column('result', 'Kết quả thực hiện', 'text', 'result', { required: true }),
  column('conditions', 'Yêu cầu, điều kiện', 'text', 'conditions', { width: 60 }),
  column('steps', 'Trình tự thực hiện', 'lines', 'steps'),
  column('legalBasis', 'Căn cứ pháp lý', 'lines', 'legalBasis'),
  column('recourse', 'Khiếu nại, phản ánh', 'text', 'recourse'),
];

export const DOCUMENT_COLUMNS: readonly Column[] = [
  column('code', CODE_HEADER, 'code', null, { required: true, width: 18 }),
  column('order', ORDER_HEADER, 'int', null, { required: true, width: 8 }),
  column('name', 'Tên giấy tờ', 'text', 'name', { required: true, width: 70 }),
  column('form', 'Hình thức', 'enum', 'form', { values: DOCUMENT_FORMS, width: 18 }),
  column('copies', 'Số lượng', 'int', 'copies', { required: true, width: 10 }),
  column('formTemplate', 'Mẫu đơn, tờ khai', 'text', 'formTemplate'),
  column('reusableFromNationalData', 'Khai thác từ dữ liệu quốc gia', 'bool', 'reusableFromNationalData', {
    required: true,
  }),
];

export const FEE_COLUMNS: readonly Column[] = [
  column('code', CODE_HEADER, 'code', null, { required: true, width: 18 }),
  column('order', ORDER_HEADER, 'int', null, { required: true, width: 8 }),
  column('kind', 'Loại', 'enum', 'kind', { required: true, values: FEE_KINDS, width: 10 }),
  column('name', 'Tên phí, lệ phí', 'text', 'name', { required: true, width: 50 }),
  column('amountVnd', 'Mức thu (đồng)', 'int', 'amountVnd', { width: 16 }),
  column('note', 'Ghi chú', 'text', 'note'),
];

export const SHEETS = [
  { name: PROCEDURE_SHEET, columns: PROCEDURE_COLUMNS },
  { name: DOCUMENT_SHEET, columns: DOCUMENT_COLUMNS },
  { name: FEE_SHEET, columns: FEE_COLUMNS },
] as const;

/** Groups of columns that are all empty when the whole object is null (not stated). */
export const NULLABLE_GROUPS = {
  processingTime: ['timeUnit', 'timeTotal', 'timeCounter', 'timeUnitStep', 'timeLeader', 'timeNote'],
  steps: ['timeCounter', 'timeUnitStep', 'timeLeader'],
  fees: ['noFee', 'feeExemptions'],
} as const;

/** Excel's column letters: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}
