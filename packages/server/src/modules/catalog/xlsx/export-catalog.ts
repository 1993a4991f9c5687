import { ProcedureContent, utcOffsetMinutes } from '@motcua/core';
import ExcelJS from 'exceljs';
import type { Queryable } from '../../../db/database.js';
import type { Actor } from '../../auth/actor.js';
import { documentCells, feeCells, procedureCells, type RowCells } from './procedure-rows.js';
import { columnLetter, SHEETS, type Column } from './workbook-layout.js';
import { findAgencyHeading, listContentInForce } from './workbook.repository.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type CatalogWorkbook = { filename: string; bytes: Buffer; procedureCount: number };

/**
 * The agency's catalog in force at `now` as an XLSX workbook: the same file imports back
 * into a draft decision (import-workbook.ts), so officers can edit the catalog in Excel.
 */
export async function exportCatalog(db: Queryable, actor: Actor, now: Date): Promise<CatalogWorkbook> {
  const agency = await findAgencyHeading(db, actor.agencyId);
  const rows = await listContentInForce(db, actor.agencyId, now);
  const contents = rows.map((r) => ProcedureContent.parse(r.content));
  const bytes = await writeWorkbook(contents, { creator: agency.name, created: now });
  const localDay = new Date(now.getTime() + utcOffsetMinutes(agency.timezone, now) * 60_000);
  const day = localDay.toISOString().slice(0, 10).replaceAll('-', '');
  return { filename: `danh-muc-tthc-${safeFileName(agency.code)}-${day}.xlsx`, bytes, procedureCount: contents.length };
}

export async function writeWorkbook(
  contents: ProcedureContent[],
  meta: { creator: string; created: Date },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = meta.creator;
  workbook.created = meta.created;
  workbook.modified = meta.created;
  const [procedures, documents, fees] = SHEETS;
  addSheet(workbook, procedures, contents.map(procedureCells));
  addSheet(workbook, documents, contents.flatMap(documentCells));
  addSheet(workbook, fees, contents.flatMap(feeCells));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addSheet(
  workbook: ExcelJS.Workbook,
  layout: { name: string; columns: readonly Column[] },
  rows: RowCells[],
): void {
  const sheet = workbook.addWorksheet(layout.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  // Text columns are formatted as text ('@'), so a code typed later stays 1.002950, not 1.00295.
  sheet.columns = layout.columns.map((c) => ({
    key: c.key,
    header: c.header,
    width: c.width,
    style: isText(c)
      ? { numFmt: '@', alignment: { vertical: 'top', wrapText: true } }
      : { alignment: { vertical: 'top' } },
  }));
  const header = sheet.getRow(1);
  layout.columns.forEach((c, i) => {
    // Styled cell by cell: a row style would colour the row out to column XFD.
    const cell = header.getCell(i + 1);
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
    cell.note = headerNote(c);
  });
  for (const cells of rows) sheet.addRow(cells);
  sheet.autoFilter = { from: 'A1', to: `${columnLetter(layout.columns.length)}1` };
}

function isText(c: Column): boolean {
  return c.kind === 'code' || c.kind === 'text' || c.kind === 'lines' || c.kind === 'list';
}

/** What the cell accepts, shown when the pointer rests on the header. */
function headerNote(c: Column): string {
  const key = `Khóa cột / column key: ${c.key}`;
  switch (c.kind) {
    case 'enum':
      return `${key}\nMột trong / one of: ${(c.values ?? []).join(', ')}`;
    case 'list':
      return `${key}\nCách nhau bởi dấu phẩy / comma-separated: ${(c.values ?? []).join(', ')}`;
    case 'bool':
      return `${key}\nCó hoặc Không`;
    case 'lines':
      return `${key}\nMỗi mục một dòng (Alt+Enter) / one item per line`;
    default:
      return key;
  }
}

function safeFileName(s: string): string {
  return s.replace(/[^A-Za-z0-9.-]/g, '_');
}
