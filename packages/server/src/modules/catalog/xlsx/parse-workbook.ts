import { ProcedureContent } from '@motcua/core';
import ExcelJS from 'exceljs';
import { locateIssue, type ItemRows, type MissingColumns } from './locate-issue.js';
import { contentFrom, type RowValues, type SheetRow } from './procedure-rows.js';
import { readCell } from './read-cells.js';
import {
  CODE_HEADER,
  columnLetter,
  DOCUMENT_SHEET,
  FEE_SHEET,
  ORDER_HEADER,
  PROCEDURE_SHEET,
  SHEETS,
  type Column,
} from './workbook-layout.js';
import { MESSAGES, type WorkbookProblem } from './workbook-problems.js';

/** A procedure read from the workbook, with the row it came from (for later problems). */
export type ParsedProcedure = { row: number; codeCell: string; content: ProcedureContent };

export type ParsedWorkbook = {
  /** Procedures whose rows (and document and fee rows) have no problem. */
  procedures: ParsedProcedure[];
  /** Every well-formed code on the procedure sheet, valid rows or not. */
  codes: Set<string>;
  problems: WorkbookProblem[];
};

/** Far above any agency's catalog; keeps a hostile file from costing unbounded work. */
const MAX_ROWS = 5000;

type SheetRead = { rows: SheetRow[]; missing: Set<string> };

/**
 * Reads the three sheets into procedures, collecting every problem rather than stopping at
 * the first, so the focal officer can fix the whole file in one pass.
 */
export async function parseWorkbook(bytes: Buffer): Promise<ParsedWorkbook> {
  const problems: WorkbookProblem[] = [];
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; hand it exactly the upload's bytes.
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as never);
  } catch {
    return { procedures: [], codes: new Set(), problems: [problemAt(null, null, null, null, MESSAGES.notAWorkbook)] };
  }
  const [procedureSheet, documentSheet, feeSheet] = SHEETS.map((s) => readSheet(workbook, s, problems)) as [
    SheetRead,
    SheetRead,
    SheetRead,
  ];
  const missing: MissingColumns = new Map([
    [PROCEDURE_SHEET, procedureSheet.missing],
    [DOCUMENT_SHEET, documentSheet.missing],
    [FEE_SHEET, feeSheet.missing],
  ]);
  const procedures = byCode(procedureSheet, problems);
  const documents = itemsByCode(documentSheet, DOCUMENT_SHEET, procedures, problems);
  const fees = itemsByCode(feeSheet, FEE_SHEET, procedures, problems);

  const parsed: ParsedProcedure[] = [];
  for (const [code, p] of procedures) {
    const items: ItemRows = { documents: documents.get(code) ?? [], fees: fees.get(code) ?? [] };
    const raw = contentFrom(
      p.values,
      items.documents.map((d) => d.values),
      items.fees.map((f) => f.values),
    );
    const result = ProcedureContent.safeParse(raw, { reportInput: true });
    const before = problems.length;
    if (!result.success) {
      for (const issue of result.error.issues) {
        const located = locateIssue(issue, p, items, missing);
        if (!located || isKnown(problems, located)) continue;
        problems.push(located);
      }
    }
    const rowsOf = [p, ...items.documents, ...items.fees];
    const clean = problems.length === before && !rowsOf.some((r) => hasProblem(problems, r));
    if (result.success && clean)
      parsed.push({ row: p.row, codeCell: p.cells.code ?? `A${p.row}`, content: result.data });
  }
  return { procedures: parsed, codes: new Set(procedures.keys()), problems: sortProblems(problems) };
}

function readSheet(
  workbook: ExcelJS.Workbook,
  layout: (typeof SHEETS)[number],
  problems: WorkbookProblem[],
): SheetRead {
  const sheet = findSheet(workbook, layout.name);
  const missing = new Set(layout.columns.map((c) => c.key));
  if (!sheet) {
    problems.push(problemAt(layout.name, null, null, null, MESSAGES.missingSheet));
    return { rows: [], missing };
  }
  const positions = headerPositions(sheet, layout.columns);
  for (const c of layout.columns) {
    if (positions.has(c.key)) missing.delete(c.key);
    else problems.push(problemAt(layout.name, 1, c.header, null, MESSAGES.missingColumn));
  }
  if (sheet.actualRowCount > MAX_ROWS + 1) {
    problems.push(problemAt(layout.name, null, null, null, MESSAGES.tooManyRows(MAX_ROWS)));
    return { rows: [], missing };
  }
  const rows: SheetRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const values: RowValues = {};
    const cells: Record<string, string> = {};
    let isBlank = true;
    for (const c of layout.columns) {
      const position = positions.get(c.key);
      if (position === undefined) continue;
      const raw = row.getCell(position).value;
      if (raw !== null && raw !== undefined && String(raw).trim() !== '') isBlank = false;
      const ref = `${columnLetter(position)}${rowNumber}`;
      cells[c.key] = ref;
      const read = readCell(c, raw);
      if (read.ok) values[c.key] = read.value;
      else problems.push(problemAt(layout.name, rowNumber, c.header, ref, read.problem));
    }
    // A row that is only formatting (or emptied by hand) is not a row of the catalog.
    if (isBlank) dropProblemsOfRow(problems, layout.name, rowNumber);
    else rows.push({ sheet: layout.name, row: rowNumber, values, cells });
  });
  return { rows, missing };
}

function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const wanted = normaliseName(name);
  return workbook.worksheets.find((s) => normaliseName(s.name) === wanted);
}

/** Headers are matched by their Vietnamese text or by the column key, in any case. */
function headerPositions(sheet: ExcelJS.Worksheet, columns: readonly Column[]): Map<string, number> {
  const positions = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, position) => {
    const text = normaliseName(String(cell.text ?? ''));
    const column = columns.find((c) => normaliseName(c.header) === text || c.key.toLowerCase() === text);
    if (column && !positions.has(column.key)) positions.set(column.key, position);
  });
  return positions;
}

function normaliseName(s: string): string {
  return s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

type ProcedureRow = SheetRow & { code: string };

function byCode(sheet: SheetRead, problems: WorkbookProblem[]): Map<string, ProcedureRow> {
  const procedures = new Map<string, ProcedureRow>();
  for (const r of sheet.rows) {
    const code = r.values.code;
    if (typeof code !== 'string') continue;
    const first = procedures.get(code);
    if (first) problems.push(problemAt(r.sheet, r.row, CODE_HEADER, r.cells.code, MESSAGES.duplicateCode(first.row)));
    else procedures.set(code, { ...r, code });
  }
  return procedures;
}

/** Document or fee rows grouped under their procedure, in the order of their ORDER_HEADER. */
function itemsByCode(
  sheet: SheetRead,
  name: string,
  procedures: Map<string, ProcedureRow>,
  problems: WorkbookProblem[],
): Map<string, SheetRow[]> {
  const groups = new Map<string, SheetRow[]>();
  for (const r of sheet.rows) {
    const code = r.values.code;
    if (typeof code !== 'string') continue;
    if (!procedures.has(code)) {
      problems.push(problemAt(name, r.row, CODE_HEADER, r.cells.code, MESSAGES.unknownProcedure(PROCEDURE_SHEET)));
      continue;
    }
    const group = groups.get(code) ?? [];
    const twin = group.find((g) => r.values.order !== undefined && g.values.order === r.values.order);
    if (twin) problems.push(problemAt(name, r.row, ORDER_HEADER, r.cells.order, MESSAGES.duplicateOrder(twin.row)));
    else groups.set(code, [...group, r]);
  }
  for (const group of groups.values()) group.sort((a, b) => Number(a.values.order) - Number(b.values.order));
  return groups;
}

export function problemAt(
  sheet: string | null,
  row: number | null,
  column: string | null,
  cell: string | null | undefined,
  message: WorkbookProblem['message'],
): WorkbookProblem {
  return { sheet, row, column, cell: cell ?? null, message };
}

function isKnown(problems: WorkbookProblem[], p: WorkbookProblem): boolean {
  return problems.some((q) => q.sheet === p.sheet && q.row === p.row && (q.column === p.column || q.column === null));
}

function hasProblem(problems: WorkbookProblem[], r: SheetRow): boolean {
  return problems.some((q) => q.sheet === r.sheet && q.row === r.row);
}

function dropProblemsOfRow(problems: WorkbookProblem[], sheet: string, row: number): void {
  for (let i = problems.length - 1; i >= 0; i--) {
    if (problems[i]?.sheet === sheet && problems[i]?.row === row) problems.splice(i, 1);
  }
}

const SHEET_ORDER = [PROCEDURE_SHEET, DOCUMENT_SHEET, FEE_SHEET];

/** Sheet by sheet, then top to bottom, left to right: the order a person fixes them in. */
export function sortProblems(problems: WorkbookProblem[]): WorkbookProblem[] {
  const sheetRank = (s: string | null) => (s === null ? -1 : SHEET_ORDER.indexOf(s));
  const cellRank = (c: string | null) => (c === null ? '' : c.replace(/\d+$/, '').padStart(3, ' '));
  const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return [...problems].sort(
    (a, b) =>
      sheetRank(a.sheet) - sheetRank(b.sheet) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      compare(cellRank(a.cell), cellRank(b.cell)),
  );
}
