import { AppError, countChannelFigures, localInstant, DAY_MS, type ChannelFiguresReport } from '@motcua/core';
import ExcelJS from 'exceljs';
import type { Db } from '../../db/database.js';
import type { Actor } from '../auth/actor.js';
import { loadAgencyCalendar } from '../calendar/load-agency-calendar.js';
import { listChannelEvents } from './reports.repository.js';

/**
 * Channel figures of the agency for the local dates [from, to], both included: dossiers
 * received by channel, returned by method, and handled by postal staff (core's
 * `countChannelFigures` and `POSTAL_STAFF_ROLES` define the counting).
 */
export async function channelFigures(db: Db, actor: Actor, from: string, to: string): Promise<ChannelFiguresReport> {
  if (from > to)
    throw new AppError('VALIDATION_FAILED', [
      {
        field: 'querystring.to',
        message: { vi: 'Ngày kết thúc phải sau ngày bắt đầu.', en: 'The end date must not be before the start date.' },
      },
    ]);
  const { offsetMinutes } = await loadAgencyCalendar(db, actor.agencyId);
  const start = localInstant(from, '00:00', offsetMinutes);
  const end = new Date(localInstant(to, '00:00', offsetMinutes).getTime() + DAY_MS);
  const events = await listChannelEvents(db, actor.agencyId, start, end);
  return { from, to, ...countChannelFigures(events) };
}

export type Labels = 'vi' | 'en';

const TEXT = {
  vi: {
    sheet: 'Số liệu theo kênh',
    title: (from: string, to: string) => `Số liệu hồ sơ theo kênh từ ${from} đến ${to}`,
    received: 'Hồ sơ tiếp nhận',
    returned: 'Kết quả đã trả',
    postal: 'Nhân viên bưu điện xử lý',
    counter: 'Tại Bộ phận một cửa',
    post: 'Qua dịch vụ bưu chính công ích',
    online: 'Trực tuyến',
    electronic: 'Điện tử',
    total: 'Tổng số',
    postalReceived: 'Do nhân viên bưu điện tiếp nhận',
    postalReturned: 'Do nhân viên bưu điện trả kết quả',
    postalHandled: 'Hồ sơ nhân viên bưu điện đã tiếp nhận hoặc trả kết quả (mỗi hồ sơ tính một lần)',
    item: 'Chỉ tiêu',
    count: 'Số lượng',
  },
  en: {
    sheet: 'Channel figures',
    title: (from: string, to: string) => `Dossiers by channel from ${from} to ${to}`,
    received: 'Dossiers received',
    returned: 'Results returned',
    postal: 'Handled by postal staff',
    counter: 'At the counter',
    post: 'By public post',
    online: 'Online',
    electronic: 'Electronically',
    total: 'Total',
    postalReceived: 'Received by postal staff',
    postalReturned: 'Returned by postal staff',
    postalHandled: 'Dossiers received or returned by postal staff (each counted once)',
    item: 'Item',
    count: 'Count',
  },
} as const;

/** The figures as a one-sheet workbook: a title row, then (item, count) rows by section. */
export async function channelFiguresWorkbook(report: ChannelFiguresReport, language: Labels, created: Date) {
  const t = TEXT[language];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'MotCua';
  workbook.created = created;
  workbook.modified = created;
  const sheet = workbook.addWorksheet(t.sheet);
  sheet.columns = [{ width: 70 }, { width: 14 }];
  sheet.addRow([t.title(report.from, report.to)]).font = { bold: true, size: 13 };
  sheet.addRow([t.item, t.count]).font = { bold: true };
  const section = (heading: string, rows: [string, number][]) => {
    sheet.addRow([heading]).font = { bold: true };
    for (const [label, n] of rows) sheet.addRow([`  ${label}`, n]);
  };
  section(t.received, [
    [t.counter, report.received.counter],
    [t.post, report.received.post],
    [t.online, report.received.online],
    [t.total, report.received.total],
  ]);
  section(t.returned, [
    [t.counter, report.returned.counter],
    [t.post, report.returned.post],
    [t.electronic, report.returned.electronic],
    [t.total, report.returned.total],
  ]);
  section(t.postal, [
    [t.postalReceived, report.postalStaff.received],
    [t.postalReturned, report.postalStaff.returned],
    [t.postalHandled, report.postalStaff.handled],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
