import { AppError, type Role } from '@motcua/core';

/** The signed-in staff user on whose behalf a use case runs. */
export type Actor = {
  userId: string;
  agencyId: string;
  username: string;
  fullName: string;
  role: Role;
  unitId: string | null;
};

/** What every use case receives besides its input: who acts, and how to trace the request. */
export type RequestContext = {
  actor: Actor;
  requestId: string;
  clientIp: string | null;
};

/**
 * The one agency-scoping helper. A row that belongs to another agency is reported as not
 * found (404), never as forbidden: its existence is itself another agency's data.
 */
export function requireOwnAgency<T extends { agency_id: string }>(actor: Actor, row: T | undefined): T {
  if (!row || row.agency_id !== actor.agencyId) throw new AppError('NOT_FOUND');
  return row;
}
