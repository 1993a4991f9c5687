import type { LocalisedText } from '@motcua/core';
import { z } from 'zod';
import type { SheetRow } from './procedure-rows.js';
import { DOCUMENT_COLUMNS, FEE_COLUMNS, PROCEDURE_COLUMNS, type Column } from './workbook-layout.js';
import { MESSAGES, type WorkbookProblem } from './workbook-problems.js';

export type ItemRows = { documents: SheetRow[]; fees: SheetRow[] };
/** Column keys absent from each sheet's header: already reported once, not again per row. */
export type MissingColumns = Map<string, Set<string>>;

/**
 * Turns a ProcedureContent issue (a path such as documents.2.copies) back into the cell it
 * came from: the procedure's row, or the row of that document or fee item.
 */
export function locateIssue(
  issue: z.core.$ZodIssue,
  procedure: SheetRow,
  items: ItemRows,
  missing: MissingColumns,
): WorkbookProblem | null {
  const path = issue.path.map(String);
  let row = procedure;
  let columns = PROCEDURE_COLUMNS;
  let rest = path;
  if (path[0] === 'documents' && path.length > 1) {
    row = items.documents[Number(path[1])] ?? procedure;
    columns = DOCUMENT_COLUMNS;
    rest = path.slice(2);
  } else if (path[0] === 'fees' && path[1] === 'items' && path.length > 2) {
    row = items.fees[Number(path[2])] ?? procedure;
    columns = FEE_COLUMNS;
    rest = path.slice(3);
  }
  const column = columnFor(columns, rest.join('.'));
  if (column && missing.get(row.sheet)?.has(column.key)) return null;
  return {
    sheet: row.sheet,
    row: row.row,
    column: column?.header ?? null,
    cell: column ? (row.cells[column.key] ?? null) : null,
    message: issueMessage(issue),
  };
}

/** The column holding the path, or the first column under it (processingTime.steps → its first step). */
function columnFor(columns: readonly Column[], path: string): Column | undefined {
  return (
    columns.find((c) => c.path !== null && (path === c.path || path.startsWith(`${c.path}.`))) ??
    columns.find((c) => c.path !== null && path !== '' && c.path.startsWith(`${path}.`))
  );
}

function issueMessage(issue: z.core.$ZodIssue): LocalisedText {
  switch (issue.code) {
    case 'custom': {
      // Custom rules in core write "vietnamese / english".
      const [vi, en] = issue.message.split(' / ');
      return { vi: vi ?? issue.message, en: en ?? issue.message };
    }
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? MESSAGES.required : fallback(issue);
    case 'invalid_value':
      return MESSAGES.notOneOf(issue.values.map(String));
    case 'too_small':
      return bound(issue.origin, Number(issue.minimum), 'min') ?? fallback(issue);
    case 'too_big':
      return bound(issue.origin, Number(issue.maximum), 'max') ?? fallback(issue);
    default:
      return fallback(issue);
  }
}

function bound(origin: string, n: number, side: 'min' | 'max'): LocalisedText | undefined {
  if (origin === 'string') {
    if (side === 'min')
      return n <= 1 ? MESSAGES.required : { vi: `Tối thiểu ${n} ký tự.`, en: `At least ${n} characters.` };
    return { vi: `Tối đa ${n} ký tự.`, en: `At most ${n} characters.` };
  }
  if (origin === 'number') {
    return side === 'min'
      ? { vi: `Không được nhỏ hơn ${n}.`, en: `Must be at least ${n}.` }
      : { vi: `Không được lớn hơn ${n}.`, en: `Must be at most ${n}.` };
  }
  if (origin === 'array' && side === 'min') {
    return n <= 1 ? MESSAGES.required : { vi: `Cần ít nhất ${n} giá trị.`, en: `At least ${n} values.` };
  }
  return undefined;
}

function fallback(issue: z.core.$ZodIssue): LocalisedText {
  const vi = z.locales.vi().localeError(issue as never);
  return { vi: typeof vi === 'string' ? vi : (vi?.message ?? issue.message), en: issue.message };
}
