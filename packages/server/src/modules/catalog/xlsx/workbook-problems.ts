import type { AppErrorDetail, Language, LocalisedText } from '@motcua/core';

/**
 * One problem found in an uploaded workbook, located the way Excel shows it: the sheet, the
 * row number at the left edge, the column's header and the cell reference (B7). Sheet-level
 * problems (a missing sheet) have no row; row-level ones (a duplicate code) may have no column.
 */
export type WorkbookProblem = {
  sheet: string | null;
  row: number | null;
  column: string | null;
  cell: string | null;
  message: LocalisedText;
};

/** "Sheet 'Thủ tục', dòng 7, cột 'Mã thủ tục': …", so the sentence stands on its own. */
export function describeProblem(p: WorkbookProblem, language: Language): string {
  const where: string[] = [];
  if (p.sheet !== null) where.push(`Sheet '${p.sheet}'`);
  if (p.row !== null) where.push(language === 'vi' ? `dòng ${p.row}` : `row ${p.row}`);
  if (p.column !== null) where.push(language === 'vi' ? `cột '${p.column}'` : `column '${p.column}'`);
  return where.length > 0 ? `${where.join(', ')}: ${p.message[language]}` : p.message[language];
}

/**
 * The problem as an error detail. The field is an Excel reference — `Thủ tục!B7` for a cell,
 * `Thủ tục!7:7` for a whole row, `Thủ tục` for the sheet, `workbook` for the file itself.
 */
export function problemDetail(p: WorkbookProblem): AppErrorDetail {
  return {
    field: problemField(p),
    message: { vi: describeProblem(p, 'vi'), en: describeProblem(p, 'en') },
  };
}

export function problemField(p: WorkbookProblem): string {
  if (p.sheet === null) return 'workbook';
  if (p.cell !== null) return `${p.sheet}!${p.cell}`;
  if (p.row !== null) return `${p.sheet}!${p.row}:${p.row}`;
  return p.sheet;
}

export const MESSAGES = {
  notAWorkbook: {
    vi: 'Tệp tải lên không phải bảng tính Excel (.xlsx) hợp lệ.',
    en: 'The uploaded file is not a valid Excel workbook (.xlsx).',
  },
  missingSheet: { vi: 'Thiếu sheet này trong bảng tính.', en: 'This sheet is missing from the workbook.' },
  missingColumn: {
    vi: 'Thiếu cột này ở dòng tiêu đề (dòng 1).',
    en: 'This column is missing from the header row (row 1).',
  },
  tooManyRows: (max: number) => ({
    vi: `Sheet có quá ${max} dòng.`,
    en: `The sheet has more than ${max} rows.`,
  }),
  required: { vi: 'Bắt buộc phải nhập.', en: 'Required.' },
  badCode: {
    vi: 'Mã không đúng định dạng d.dddddd (ví dụ 1.002952) hoặc T-XXX-dddddd-TT.',
    en: 'The code does not match d.dddddd (e.g. 1.002952) or T-XXX-dddddd-TT.',
  },
  notOneOf: (values: readonly string[]) => ({
    vi: `Giá trị không hợp lệ; chỉ nhận: ${values.join(', ')}.`,
    en: `Invalid value; allowed: ${values.join(', ')}.`,
  }),
  notBoolean: { vi: "Chỉ nhận 'Có' hoặc 'Không'.", en: "Only 'Có' (yes) or 'Không' (no)." },
  notInteger: { vi: 'Phải là số nguyên.', en: 'Must be a whole number.' },
  notNumber: { vi: 'Phải là số.', en: 'Must be a number.' },
  cellError: { vi: 'Ô có lỗi công thức.', en: 'The cell holds a formula error.' },
  duplicateCode: (row: number) => ({
    vi: `Mã thủ tục trùng với dòng ${row}.`,
    en: `The procedure code repeats row ${row}.`,
  }),
  duplicateOrder: (row: number) => ({
    vi: `Thứ tự trùng với dòng ${row} của cùng thủ tục.`,
    en: `The order repeats row ${row} of the same procedure.`,
  }),
  unknownProcedure: (sheet: string) => ({
    vi: `Không có thủ tục mang mã này trong sheet '${sheet}'.`,
    en: `No procedure with this code in sheet '${sheet}'.`,
  }),
  alreadyInDecision: {
    vi: 'Quyết định đã có một thay đổi khác cho thủ tục này; hãy gỡ thay đổi đó trước khi nhập.',
    en: 'The decision already has a different change for this procedure; remove it before importing.',
  },
} satisfies Record<string, LocalisedText | ((...args: never[]) => LocalisedText)>;
