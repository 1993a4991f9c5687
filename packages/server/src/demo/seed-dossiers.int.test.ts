import { DOSSIER_STATES, foldDossier, localDateOf } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../test/test-app.js';
import type { Db } from '../db/database.js';
import { verifyAudit } from '../modules/audit/verify-audit.js';
import { loadAgencyCalendar } from '../modules/calendar/load-agency-calendar.js';
import { loadEvents } from '../modules/dossiers/dossier.repository.js';
import { timingContext } from '../modules/dossiers/timing-context.js';
import { timingOf } from '../modules/dossiers/dossier-view.js';
import { LAM_DONG } from './demo-data.js';
import { seedDemo } from './seed-demo.js';
import { planDemoDossiers } from './seed-dossiers.js';
import { chainPendingAudit } from '../modules/audit/audit.repository.js';

/** The test databases are clones of the template the global setup seeded with seedDemo, dossiers included. */
let t: TestApp;
let agencyId: string;
let rows: Awaited<ReturnType<typeof dossiers>>;
const now = new Date();
const DAY_MS = 86_400_000;

function dossiers(db: Db, agency: string) {
  return db.selectFrom('dossier').selectAll().where('agency_id', '=', agency).orderBy('submitted_at').execute();
}

beforeAll(async () => {
  t = await createTestApp();
  agencyId = (await t.db.selectFrom('agency').select('id').where('code', '=', LAM_DONG.code).executeTakeFirstOrThrow())
    .id;
  rows = await dossiers(t.db, agencyId);
});
afterAll(() => t.close());

describe('the demo dossiers', () => {
  it('are a few dozen, in every state, over several procedures of both units, over the last months', async () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(rows.length).toBeLessThanOrEqual(60);
    expect(new Set(rows.map((r) => r.state))).toEqual(new Set(DOSSIER_STATES));
    expect(new Set(rows.map((r) => r.procedure_code)).size).toBeGreaterThanOrEqual(10);
    const units = await t.db.selectFrom('unit').select(['id', 'code']).where('agency_id', '=', agencyId).execute();
    const worked = new Set(rows.map((r) => units.find((u) => u.id === r.unit_id)?.code).filter(Boolean));
    expect(worked).toEqual(new Set(['000.00.31.H36.02', '000.00.31.H36.03']));
    const oldest = rows[0]!.submitted_at.getTime();
    expect(now.getTime() - oldest).toBeGreaterThan(75 * DAY_MS);
    expect(now.getTime() - oldest).toBeLessThan(140 * DAY_MS);
    expect(rows.every((r) => r.submitted_at <= now)).toBe(true);
    expect(new Set(rows.map((r) => r.channel))).toEqual(new Set(['counter', 'post', 'online']));
  });

  it('include returned dossiers finished early and late, and open ones overdue', async () => {
    const tc = await timingContext(t.db, agencyId, new Date(), t.config.dueSoonHours);
    const timing = (state: string) => rows.filter((r) => r.state === state).map((r) => timingOf(r, tc));
    expect(timing('returned')).toContain('early');
    expect(timing('returned')).toContain('late');
    const open = ['under_review', 'awaiting_approval'].flatMap(timing);
    expect(open.filter((v) => v === 'overdue').length).toBeGreaterThanOrEqual(2);
    expect(rows.some((r) => r.state === 'supplement_requested' && r.is_paused)).toBe(true);
  });

  it('were written by the real use cases: each row is the fold of its log, and the audit chain holds', async () => {
    let events = 0;
    for (const row of rows) {
      const log = await loadEvents(t.db, agencyId, row.id);
      const fold = foldDossier(log);
      expect({ state: fold.state, version: fold.version }).toEqual({ state: row.state, version: row.version });
      const times = log.map((e) => Date.parse(e.at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(times.at(-1)).toBeLessThanOrEqual(now.getTime());
      events += log.length;
    }
    await chainPendingAudit(t.db); // chained after commit (appendAudit)
    const audited = await t.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('agency_id', '=', agencyId)
      .where('action', 'like', 'dossier.%')
      .executeTakeFirstOrThrow();
    expect(audited.n).toBe(events);
    expect(await verifyAudit(t.db, agencyId)).toMatchObject({ ok: true });
  });

  it('have unique codes, numbered 0001, 0002… per counter and day, dated by their reception', () => {
    const coded = rows.filter((r) => r.code !== null);
    expect(new Set(coded.map((r) => r.code)).size).toBe(coded.length);
    const byDay = new Map<string, number[]>();
    for (const r of coded) {
      const match = /^(.+)-(\d{6})-(\d{4})$/.exec(r.code!);
      expect(match, r.code!).not.toBeNull();
      const [, counter, day, number] = match!;
      expect(counter).toBe(LAM_DONG.counters[0].code);
      expect(day).toBe(
        localDateOf(r.received_at!, 7 * 60)
          .slice(2)
          .replaceAll('-', ''),
      );
      byDay.set(day!, [...(byDay.get(day!) ?? []), Number(number)]);
    }
    for (const numbers of byDay.values()) {
      expect(numbers.sort((a, b) => a - b)).toEqual(numbers.map((_, i) => i + 1));
    }
    // Only online dossiers the counter has not accepted (or refused) have no code yet.
    expect(new Set(rows.filter((r) => r.code === null).map((r) => r.state))).toEqual(
      new Set(['submitted_online', 'refused_at_reception']),
    );
  });

  it('can be looked up by the public with their code', async () => {
    const returned = rows.find((r) => r.state === 'returned' && r.applicant_kind === 'person')!;
    const res = await t.app.inject({ method: 'GET', url: `/api/public/dossiers/${returned.code}` });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ code: returned.code, state: 'returned', statusText: 'Đã trả kết quả' });
    expect(body.timeline.map((s: { step: string }) => s.step)).toContain('Đã trả kết quả');
    expect(JSON.stringify(body)).not.toContain(returned.applicant_id_number);
  });

  it("fill the staff's queues", async () => {
    const total = async (username: string, queue: string) => {
      const cookie = await signIn(t.app, username);
      const res = await t.app.inject({ method: 'GET', url: `/api/dossiers?queue=${queue}`, headers: { cookie } });
      return res.json<{ total: number }>().total;
    };
    expect(await total('buudien', 'online')).toBeGreaterThan(0);
    expect(await total('buudien', 'to_return')).toBeGreaterThan(0);
    expect(await total('truongphong', 'to_assign')).toBeGreaterThan(0);
    expect(await total('chuyenvien', 'mine')).toBeGreaterThan(0);
    expect(await total('chuyenvien.y', 'mine')).toBeGreaterThan(0);
    expect(await total('lanhdao', 'to_approve')).toBeGreaterThan(0);
    expect(await total('vanthu', 'to_issue')).toBeGreaterThan(0);
  });

  it('are planned the same way every time, and seeded only once', async () => {
    const calendar = await loadAgencyCalendar(t.db, agencyId);
    expect(JSON.stringify(planDemoDossiers(calendar, now))).toBe(JSON.stringify(planDemoDossiers(calendar, now)));
    // Another day moves the dates, not the dossiers.
    const cast = (at: Date) => planDemoDossiers(calendar, at).map((p) => [p.story, p.procedure.code, p.applicant.name]);
    expect(cast(new Date(now.getTime() + 7 * DAY_MS))).toEqual(cast(now));
    expect((await seedDemo(t.db)).seeded).toBe(false);
    expect(await dossiers(t.db, agencyId)).toHaveLength(rows.length);
  });
});
