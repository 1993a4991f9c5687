/**
 * Result templates: an administrator writes the body with placeholders `{{applicant.name}}`,
 * `{{procedure.name}}`, `{{dossier.code}}`, `{{result.number}}`, `{{result.issuedAt}}` (and the
 * few others below). Filling is plain substitution: no expressions, nothing executable.
 */
export const RESULT_PLACEHOLDERS = [
  'applicant.name',
  'applicant.idNumber',
  'applicant.address',
  'procedure.name',
  'procedure.code',
  'dossier.code',
  'result.number',
  'result.issuedAt',
  'agency.name',
] as const;
export type ResultPlaceholder = (typeof RESULT_PLACEHOLDERS)[number];
export type ResultValues = Record<ResultPlaceholder, string>;

const PLACEHOLDER = /\{\{\s*([a-zA-Z.]+)\s*\}\}/g;

export function fillTemplate(text: string, values: ResultValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    (RESULT_PLACEHOLDERS as readonly string[]).includes(name) ? values[name as ResultPlaceholder] : whole,
  );
}

/** Placeholders a text uses that do not exist: the editor names them before saving. */
export function unknownPlaceholders(text: string): string[] {
  const names = [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
  return [...new Set(names.filter((n) => !(RESULT_PLACEHOLDERS as readonly string[]).includes(n)))];
}

export const DEFAULT_RESULT_TEMPLATE = {
  title: 'KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH',
  body:
    '{{agency.name}} chấp thuận kết quả giải quyết thủ tục hành chính "{{procedure.name}}" ' +
    '(mã thủ tục {{procedure.code}}) cho {{applicant.name}}, theo hồ sơ số {{dossier.code}}.\n' +
    'Văn bản này được cấp số {{result.number}} ngày {{result.issuedAt}} và có hiệu lực kể từ ngày ký.',
  registerSymbol: 'KQ-SYT',
};

/** "23/11/2026": how dates appear in Vietnamese administrative documents. */
export function formatVietnameseDate(localDate: string): string {
  const [y, m, d] = localDate.split('-');
  return `${d}/${m}/${y}`;
}

/** The register number as written on the document: `123/2026/CCHND-SYT`. */
export function formatRegisterNumber(n: number, year: number, symbol: string): string {
  return `${n}/${year}/${symbol}`;
}
