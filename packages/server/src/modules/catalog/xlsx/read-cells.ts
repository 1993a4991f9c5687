import { ProcedureCode, type LocalisedText } from '@motcua/core';
import type { CellValue } from 'exceljs';
import { BOOLEAN_FALSE, BOOLEAN_TRUE, type Column } from './workbook-layout.js';
import { MESSAGES } from './workbook-problems.js';

/** What a cell holds once Excel's wrappers (rich text, formulas, links) are taken off. */
type Plain = string | number | boolean | null;
type Present = NonNullable<Plain>;

export type CellRead = { ok: true; value: unknown } | { ok: false; problem: LocalisedText };

const ok = (value: unknown): CellRead => ({ ok: true, value });
const fail = (problem: LocalisedText): CellRead => ({ ok: false, problem });

/**
 * Reads one cell as its column's type. People edit these workbooks by hand in Excel or
 * LibreOffice, so the reader is lenient about form (a code typed as a number, "0,5" with a
 * decimal comma, "500.000" with thousands dots, "có" in lower case) and strict about meaning.
 */
export function readCell(column: Column, raw: CellValue): CellRead {
  const plain = unwrap(raw);
  if (plain instanceof Error) return fail(MESSAGES.cellError);
  if (plain === null) return column.required ? fail(MESSAGES.required) : ok(emptyValue(column));
  switch (column.kind) {
    case 'code':
      return readCode(plain);
    case 'text':
      return ok(String(plain));
    case 'lines':
      return ok(splitLines(String(plain)));
    case 'list':
      return readList(column, String(plain));
    case 'enum':
      return readEnum(column, String(plain));
    case 'bool':
      return readBoolean(plain);
    case 'int':
      return readInteger(plain);
    case 'number':
      return readNumber(plain);
  }
}

/** An empty optional cell: no list items, otherwise null (not stated). */
function emptyValue(column: Column): unknown {
  return column.kind === 'lines' || column.kind === 'list' ? [] : null;
}

function unwrap(value: CellValue): Plain | Error {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    const s = value.normalize('NFC').trim();
    return s === '' ? null : s;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : new Error('not finite');
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('error' in value) return new Error(String(value.error));
  if ('richText' in value) return unwrap(value.richText.map((r) => r.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) return unwrap((value.result ?? null) as CellValue);
  if ('text' in value) return unwrap(value.text);
  return null;
}

/** A national code typed into a number cell comes back as 1.00295 (trailing zero lost). */
function readCode(plain: Present): CellRead {
  const text = typeof plain === 'number' ? plain.toFixed(6) : String(plain);
  return ProcedureCode.safeParse(text).success ? ok(text) : fail(MESSAGES.badCode);
}

export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

function readList(column: Column, text: string): CellRead {
  const values: string[] = [];
  for (const part of text.split(/[,;\n]/)) {
    const item = part.trim();
    if (item === '') continue;
    const known = match(column, item);
    if (!known) return fail(MESSAGES.notOneOf(column.values ?? []));
    if (!values.includes(known)) values.push(known);
  }
  return values.length === 0 && column.required ? fail(MESSAGES.required) : ok(values);
}

function readEnum(column: Column, text: string): CellRead {
  const known = match(column, text);
  return known ? ok(known) : fail(MESSAGES.notOneOf(column.values ?? []));
}

function match(column: Column, text: string): string | undefined {
  const wanted = text.toLowerCase();
  return column.values?.find((v) => v.toLowerCase() === wanted);
}

const TRUE_WORDS = new Set([BOOLEAN_TRUE.toLowerCase(), 'co', 'true']);
const FALSE_WORDS = new Set([BOOLEAN_FALSE.toLowerCase(), 'khong', 'false']);

function readBoolean(plain: Present): CellRead {
  if (typeof plain === 'boolean') return ok(plain);
  const word = String(plain).toLowerCase();
  if (TRUE_WORDS.has(word)) return ok(true);
  if (FALSE_WORDS.has(word)) return ok(false);
  return fail(MESSAGES.notBoolean);
}

function readInteger(plain: Present): CellRead {
  if (typeof plain === 'boolean') return fail(MESSAGES.notInteger);
  let n = plain;
  if (typeof plain === 'string') {
    // 500000, 500.000, 500,000 or 500 000: separators only between groups of three digits.
    const digits = /^-?\d{1,3}([., ]\d{3})+$/.test(plain) ? plain.replace(/[., ]/g, '') : plain;
    n = /^-?\d+$/.test(digits) ? Number(digits) : NaN;
  }
  return Number.isInteger(n) ? ok(n) : fail(MESSAGES.notInteger);
}

function readNumber(plain: Present): CellRead {
  if (typeof plain === 'number') return ok(plain);
  if (typeof plain === 'boolean') return fail(MESSAGES.notNumber);
  const text = plain.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(text) ? ok(Number(text)) : fail(MESSAGES.notNumber);
}
