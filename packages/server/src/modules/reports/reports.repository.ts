import {
  RECEPTION_ACTIONS,
  RETURN_ACTIONS,
  type ChannelEvent,
  type ReceptionChannel,
  type ReturnMethodCounted,
} from '@motcua/core';
import type { Queryable } from '../../db/database.js';

/** The reception and return events of the agency's dossiers in [start, end), with what counting needs. */
export async function listChannelEvents(
  db: Queryable,
  agencyId: string,
  start: Date,
  end: Date,
): Promise<ChannelEvent[]> {
  const rows = await db
    .selectFrom('dossier_event')
    .innerJoin('dossier', (j) =>
      j.onRef('dossier.agency_id', '=', 'dossier_event.agency_id').onRef('dossier.id', '=', 'dossier_event.dossier_id'),
    )
    .select([
      'dossier_event.dossier_id',
      'dossier_event.action',
      'dossier_event.actor_role',
      'dossier.channel',
      'dossier.return_method',
    ])
    .where('dossier_event.agency_id', '=', agencyId)
    .where('dossier_event.action', 'in', [...RECEPTION_ACTIONS, ...RETURN_ACTIONS])
    .where('dossier_event.at', '>=', start)
    .where('dossier_event.at', '<', end)
    .orderBy('dossier_event.at')
    .execute();
  return rows.map((r) => ({
    dossierId: r.dossier_id,
    action: r.action,
    actorRole: r.actor_role,
    channel: r.channel satisfies ReceptionChannel,
    returnMethod: r.return_method satisfies ReturnMethodCounted,
  }));
}
