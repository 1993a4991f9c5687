import type { ProcedureContent } from '@motcua/core';
import {
  BOOLEAN_FALSE,
  BOOLEAN_TRUE,
  DOCUMENT_COLUMNS,
  FEE_COLUMNS,
  NULLABLE_GROUPS,
  PROCEDURE_COLUMNS,
  type Column,
} from './workbook-layout.js';

/**
 * ProcedureContent ↔ flat rows, through the `path` of each column in workbook-layout.ts.
 * The mapping is lossless for content that passes ProcedureContent (a round trip yields no
 * change), with one documented limit: a step or legal basis cannot itself contain a line break.
 */
export type RowCells = Record<string, string | number | null>;
/** Values read from one row, by column key; a key is absent when its cell could not be read. */
export type RowValues = Record<string, unknown>;
/** One row as read: where it is, its values, and each column's cell reference (B7). */
export type SheetRow = { sheet: string; row: number; values: RowValues; cells: Record<string, string> };

export function procedureCells(content: ProcedureContent): RowCells {
  return cellsOf(PROCEDURE_COLUMNS, content, {});
}

export function documentCells(content: ProcedureContent): RowCells[] {
  return content.documents.map((d, i) => cellsOf(DOCUMENT_COLUMNS, d, { code: content.code, order: i + 1 }));
}

export function feeCells(content: ProcedureContent): RowCells[] {
  return (content.fees?.items ?? []).map((f, i) => cellsOf(FEE_COLUMNS, f, { code: content.code, order: i + 1 }));
}

function cellsOf(columns: readonly Column[], source: unknown, extra: RowCells): RowCells {
  const cells: RowCells = { ...extra };
  for (const c of columns) if (c.path) cells[c.key] = formatCell(c, valueAt(source, c.path));
  return cells;
}

function formatCell(column: Column, value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  switch (column.kind) {
    case 'bool':
      return value ? BOOLEAN_TRUE : BOOLEAN_FALSE;
    case 'lines':
      return (value as string[]).length === 0 ? null : (value as string[]).join('\n');
    case 'list':
      return (value as string[]).join(', ');
    case 'int':
    case 'number':
      return value as number;
    default:
      return String(value);
  }
}

/**
 * The unvalidated content of one procedure from its rows; ProcedureContent then judges it.
 * A group of columns left entirely empty means "not stated" (null), as the export writes it.
 */
export function contentFrom(procedure: RowValues, documents: RowValues[], fees: RowValues[]): unknown {
  const content: Record<string, unknown> = {};
  for (const c of PROCEDURE_COLUMNS) if (c.path) setAt(content, c.path, procedure[c.key]);
  const isEmpty = (keys: readonly string[]) => keys.every((k) => procedure[k] === null);
  const time = content.processingTime as Record<string, unknown>;
  if (isEmpty(NULLABLE_GROUPS.steps)) time.steps = null;
  if (isEmpty(NULLABLE_GROUPS.processingTime)) content.processingTime = null;
  const fee = content.fees as Record<string, unknown>;
  fee.items = fees.map((f) => itemFrom(FEE_COLUMNS, f));
  if (fee.noFee === null) fee.noFee = false;
  if (isEmpty(NULLABLE_GROUPS.fees) && fees.length === 0) content.fees = null;
  content.documents = documents.map((d) => itemFrom(DOCUMENT_COLUMNS, d));
  return content;
}

function itemFrom(columns: readonly Column[], values: RowValues): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  for (const c of columns) if (c.path) setAt(item, c.path, values[c.key]);
  return item;
}

function valueAt(source: unknown, path: string): unknown {
  let value = source;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1] as string] = value;
}
