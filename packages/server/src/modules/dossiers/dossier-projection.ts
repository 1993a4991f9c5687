import { dueAtOf, foldDossier, type DossierEvent, type DossierFold } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { cachedAgencyCalendar } from '../calendar/agency-calendar-cache.js';
import { pinnedProcedureContent } from './pinned-procedure.js';

/**
 * The dossier row's columns derived from its log: state, national status, version, clock.
 * The appointment is recomputed from the pinned procedure version on the agency calendar; while
 * the clock is paused the last appointment stays, flagged as paused.
 */
export async function project(
  db: Queryable,
  agencyId: string,
  procedureVersionId: string,
  events: DossierEvent[],
  previousDueAt: Date | null,
) {
  const fold = foldDossier(events);
  const isPaused = fold.pauses.some((p) => !p.to);
  const dueAt = isPaused ? previousDueAt : await computeDueAt(db, agencyId, procedureVersionId, fold);
  return {
    fold,
    columns: {
      state: fold.state,
      national_status: fold.nationalStatus,
      version: fold.version,
      received_at: fold.receivedAt,
      due_at: dueAt,
      finished_at: fold.finishedAt,
      is_paused: isPaused,
      unit_id: fold.unitId,
      assignee_id: fold.assigneeId,
    },
  };
}

async function computeDueAt(db: Queryable, agencyId: string, procedureVersionId: string, fold: DossierFold) {
  if (!fold.receivedAt && !fold.extendedDueAt) return null;
  // Both in process: a published version never changes; the calendar is forgotten on every change.
  const [content, calendar] = await Promise.all([
    pinnedProcedureContent(db, agencyId, procedureVersionId),
    cachedAgencyCalendar(db, agencyId),
  ]);
  return dueAtOf(calendar, content.processingTime, fold);
}
