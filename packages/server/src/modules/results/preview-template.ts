import {
  fillTemplate,
  formatRegisterNumber,
  formatVietnameseDate,
  localDateOf,
  type ResultTemplateInput,
} from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { agencyOffsetMinutes } from '../agencies/agency.repository.js';
import { renderResultPdf } from './render-result.js';

/**
 * The template filled with sample data, unsigned and unnumbered (marked as a preview), so the
 * administrator sees the page before saving. Nothing is written.
 */
export async function previewResultTemplate(
  db: Queryable,
  agencyId: string,
  procedure: { code: string; name: string },
  input: ResultTemplateInput,
  now: Date,
): Promise<Buffer> {
  const agency = await db
    .selectFrom('agency')
    .select(['name', 'timezone'])
    .where('id', '=', agencyId)
    .executeTakeFirstOrThrow();
  const issuedOn = localDateOf(now, await agencyOffsetMinutes(db, agencyId, now));
  const year = Number(issuedOn.slice(0, 4));
  const number = formatRegisterNumber(0, year, input.registerSymbol).replace(/^0/, '…');
  const values = {
    'applicant.name': 'Nguyễn Văn A',
    'applicant.idNumber': '0xx xxx xxx xxx',
    'applicant.address': 'Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng',
    'procedure.name': procedure.name,
    'procedure.code': procedure.code,
    'dossier.code': 'MÃ-HỒ-SƠ',
    'result.number': number,
    'result.issuedAt': formatVietnameseDate(issuedOn),
    'agency.name': agency.name,
  };
  const { pdf } = await renderResultPdf({
    agencyName: agency.name,
    place: agency.name.replace(/^.*\b(tỉnh|thành phố)\s+/iu, ''),
    number,
    issuedOn,
    title: fillTemplate(input.title, values),
    body: fillTemplate(input.body, values),
    holderLabel: 'Người được cấp',
    holderName: values['applicant.name'],
    approvedBy: 'BẢN XEM TRƯỚC — CHƯA KÝ',
    verifyUrl: 'https://…/verify/…',
    signerName: agency.name,
    signingTime: now,
    timeZone: agency.timezone,
  });
  return pdf;
}
