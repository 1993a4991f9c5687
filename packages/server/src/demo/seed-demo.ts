import type { Db, Tx } from '../db/database.js';
import { appendAudit } from '../modules/audit/audit.repository.js';
import { hashPassword } from '../modules/auth/password.js';
import { DEMO_PASSWORD, KHANH_HOA, LAM_DONG, MERGED_INTO_LAM_DONG, type DemoAgency } from './demo-data.js';
import { seedHolidays } from './holidays.js';
import { seedCatalog } from './seed-catalog.js';
import { seedDossiers } from './seed-dossiers.js';
import { seedEscalations } from './seed-escalations.js';
import { seedPickups } from './seed-pickups.js';
import { chainPendingAudit } from '../modules/audit/audit.repository.js';

export type SeedResult = { seeded: boolean; accounts: { username: string; role: string; agency: string }[] };

/**
 * Seeds the demo agencies and accounts, all with the published demo password, and the demo
 * dossiers of the last months before `now`. Only ever called in demo mode: outside it, no account
 * with a known password exists. Idempotent: a database that already holds the demo agency is
 * left as it is.
 */
export async function seedDemo(db: Db, now: Date = new Date()): Promise<SeedResult> {
  const accounts = [LAM_DONG, KHANH_HOA].flatMap((a) =>
    a.users.map((u) => ({ username: u.username, role: u.role, agency: a.name })),
  );
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const seeded = await db.transaction().execute(async (tx) => {
    // Serialise concurrent first starts; the loser sees the winner's rows.
    await tx.selectNoFrom((eb) => eb.fn('pg_advisory_xact_lock', [eb.lit(727275)]).as('l')).execute();
    const existing = await tx.selectFrom('agency').select('id').where('code', '=', LAM_DONG.code).executeTakeFirst();
    if (existing) return false;
    const lamDongId = await insertAgency(tx, LAM_DONG, passwordHash, seedCatalog);
    for (const old of MERGED_INTO_LAM_DONG) {
      await tx
        .insertInto('agency')
        .values({
          code: old.code,
          name: old.name,
          valid_from: old.validFrom,
          valid_to: old.validTo,
          successor_id: lamDongId,
        })
        .execute();
    }
    await insertAgency(tx, KHANH_HOA, passwordHash);
    return true;
  });
  // The dossiers go through the real use cases, each action in its own transaction, so they
  // follow the commit above, and only in the start that created the agencies.
  if (seeded) await seedDossiers(db, now);
  if (seeded) await seedEscalations(db, now);
  if (seeded) await seedPickups(db, now); // pickup orders at each step (modules/postal)
  // The trail of the seeding is chained now, not at the server's first sweep.
  if (seeded) await chainPendingAudit(db);
  return { seeded, accounts };
}

async function insertAgency(
  tx: Tx,
  a: DemoAgency,
  passwordHash: string,
  withCatalog?: (tx: Tx, agencyId: string) => Promise<number>,
): Promise<string> {
  const { id: agencyId } = await tx
    .insertInto('agency')
    .values({ code: a.code, name: a.name, valid_from: a.validFrom })
    .returning('id')
    .executeTakeFirstOrThrow();
  const unitIds = new Map<string, string>();
  for (const u of a.units) {
    const row = await tx
      .insertInto('unit')
      .values({ agency_id: agencyId, code: u.code, name: u.name, kind: u.kind })
      .returning('id')
      .executeTakeFirstOrThrow();
    unitIds.set(u.key, row.id);
  }
  await tx
    .insertInto('counter')
    .values(a.counters.map((c) => ({ agency_id: agencyId, ...c })))
    .execute();
  await tx
    .insertInto('app_user')
    .values(
      a.users.map((u) => ({
        agency_id: agencyId,
        username: u.username,
        full_name: u.fullName,
        role: u.role,
        unit_id: u.unit ? (unitIds.get(u.unit) ?? null) : null,
        password_hash: passwordHash,
      })),
    )
    .execute();
  const holidays = await seedHolidays(tx, agencyId);
  const procedures = withCatalog ? await withCatalog(tx, agencyId) : 0;
  await appendAudit(
    tx,
    { agencyId, actorId: null, actorName: 'system', requestId: null, clientIp: null },
    {
      action: 'demo.seed',
      targetType: 'agency',
      targetId: agencyId,
      details: { users: a.users.length, holidays, procedures },
    },
  );
  return agencyId;
}
