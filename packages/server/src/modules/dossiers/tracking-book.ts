import { localInstant } from '@motcua/core';
import { sql } from 'kysely';
import type { Queryable } from '../../db/database.js';

/**
 * The dossier tracking book (sổ theo dõi hồ sơ, DOMAIN.md §6), built from the event log: one row
 * per dossier received in the period, with the dates of transfer, result and return.
 */
export async function trackingBook(
  db: Queryable,
  agencyId: string,
  from: string,
  to: string,
  page: number,
  pageSize: number,
) {
  const start = localInstant(from, '00:00', 420);
  const end = new Date(localInstant(to, '00:00', 420).getTime() + 86_400_000);
  const eventAt = (action: string) =>
    sql<Date | null>`(SELECT min(e.at) FROM dossier_event e WHERE e.agency_id = d.agency_id AND e.dossier_id = d.id AND e.action = ${action})`;
  const rows = await db
    .selectFrom('dossier as d')
    .leftJoin('unit as u', (j) => j.onRef('u.agency_id', '=', 'd.agency_id').onRef('u.id', '=', 'd.unit_id'))
    .select([
      'd.id',
      'd.code',
      'd.procedure_name',
      'd.applicant_name',
      'd.applicant',
      'd.received_at',
      'd.due_at',
      'd.state',
      'u.name as unit_name',
      eventAt('transfer_to_unit').as('transferred_at'),
      eventAt('issue').as('result_at'),
      eventAt('return_result').as('returned_at'),
      sql<number>`count(*) OVER ()`.as('total'),
    ])
    .where('d.agency_id', '=', agencyId)
    .where('d.received_at', '>=', start)
    .where('d.received_at', '<', end)
    .orderBy('d.received_at')
    .orderBy('d.code')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map((r, i) => {
      const applicant = r.applicant as { address?: string; phone?: string };
      return {
        no: (page - 1) * pageSize + i + 1,
        id: r.id,
        code: r.code,
        procedureName: r.procedure_name,
        sets: 1,
        applicantName: r.applicant_name,
        addressAndPhone: [applicant.address, applicant.phone].filter(Boolean).join(' – '),
        competentUnit: r.unit_name,
        receivedAt: r.received_at?.toISOString() ?? null,
        dueAt: r.due_at?.toISOString() ?? null,
        transferredAt: r.transferred_at ? new Date(r.transferred_at).toISOString() : null,
        resultAt: r.result_at ? new Date(r.result_at).toISOString() : null,
        returnedAt: r.returned_at ? new Date(r.returned_at).toISOString() : null,
        state: r.state,
      };
    }),
  };
}
