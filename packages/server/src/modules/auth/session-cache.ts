import type { Queryable } from '../../db/database.js';
import { findSessionUser } from './session.repository.js';

/**
 * The session's user, kept in process for at most `SESSION_CACHE_MS` after it was read from the
 * database: a burst of requests on one session (a clerk's screen loading, a load test) costs one
 * lookup instead of one each. The trade-off (docs/DATABASE.md, "Caches in the server process"):
 * in THIS process, signing out, deactivating or changing a user forgets their entries at once
 * (`forgetSession`, `forgetUserSessions`); in ANOTHER server process on the same database the
 * change takes effect within `SESSION_CACHE_MS`. An entry never outlives its session's
 * `expires_at`. Only hits are kept: an unknown or expired token is looked up every time.
 */
export const SESSION_CACHE_MS = 2000;
/** Bounded: past this many live entries the cache starts over (sessions are cheap to read again). */
const MAX_ENTRIES = 10_000;

type SessionUser = NonNullable<Awaited<ReturnType<typeof findSessionUser>>>;
type Entry = { user: SessionUser; until: number };

const entries = new Map<string, Entry>();
/**
 * Moved by every forget: a lookup that started before a sign-out or a deactivation committed
 * does not store what it read, so the change cannot be undone by a stale entry.
 */
let generation = 0;

export async function cachedSessionUser(db: Queryable, tokenHash: string): Promise<SessionUser | undefined> {
  // The monotonic clock: a test clock or a wall-clock step does not age or rejuvenate an entry.
  const now = performance.now();
  const hit = entries.get(tokenHash);
  if (hit && hit.until > now && hit.user.expires_at.getTime() > Date.now()) return hit.user;
  if (hit) entries.delete(tokenHash);
  const startedAt = generation;
  const user = await findSessionUser(db, tokenHash);
  if (!user || generation !== startedAt) return user;
  if (entries.size >= MAX_ENTRIES) entries.clear();
  entries.set(tokenHash, { user, until: now + SESSION_CACHE_MS });
  return user;
}

/** Sign-out: the session ends in this process at once. */
export function forgetSession(tokenHash: string): void {
  generation += 1;
  entries.delete(tokenHash);
}

/** A user was changed (deactivated, role, unit, name): every session of theirs is read again. */
export function forgetUserSessions(agencyId: string, userId: string): void {
  generation += 1;
  for (const [hash, { user }] of entries) {
    if (user.agency_id === agencyId && user.id === userId) entries.delete(hash);
  }
}
