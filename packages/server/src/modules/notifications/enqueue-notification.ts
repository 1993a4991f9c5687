import { toLocalIso } from '@motcua/core';
import type { Tx } from '../../db/database.js';

/**
 * The approved apology and new appointment (Decree 118) is sent to the applicant. Written in the
 * action's transaction, so the message exists exactly when the new appointment does; it is
 * delivered after commit (see `send-notifications.ts`). Applicants without an email address
 * learn it from the public lookup, which shows the apology on the timeline.
 */
export async function enqueueApologyNotice(
  tx: Tx,
  dossier: { agency_id: string; id: string; code: string | null; procedure_name: string; applicant: unknown },
  apology: { note: string; newDueAt: string },
  at: Date,
): Promise<void> {
  const applicant = dossier.applicant as { email?: string | null; name?: string; representative?: string };
  const email = applicant.email?.trim();
  if (!email) return;
  // Việt Nam keeps UTC+7 all year (see load-agency-calendar.ts).
  const newDate = toLocalIso(new Date(apology.newDueAt), 7 * 60);
  const [date, time] = [newDate.slice(0, 10).split('-').reverse().join('/'), newDate.slice(11, 16)];
  await tx
    .insertInto('notification')
    .values({
      agency_id: dossier.agency_id,
      dossier_id: dossier.id,
      kind: 'apology',
      channel: 'email',
      recipient: email,
      subject: `Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ ${dossier.code ?? ''}`.trim(),
      body: [
        `Kính gửi ông/bà ${applicant.name ?? applicant.representative ?? ''},`.trim(),
        '',
        `Hồ sơ ${dossier.code ?? ''} (${dossier.procedure_name}):`,
        apology.note,
        '',
        `Ngày hẹn trả kết quả mới: ${time} ngày ${date}.`,
        '',
        'Trân trọng.',
      ].join('\n'),
      created_at: at,
    })
    .execute();
}
