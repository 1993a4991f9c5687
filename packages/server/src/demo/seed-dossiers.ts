import {
  ActionRequest,
  addWorkingDays,
  addWorkingTime,
  DOSSIER_STATES,
  ReceiveDossierRequest,
  workingTimeBetween,
  WORKFLOW,
  type Applicant,
  type DossierAction,
  type ProcedureContent,
  type Role,
  type Transition,
  type WorkingCalendar,
} from '@motcua/core';
import type { Db } from '../db/database.js';
import type { RequestContext } from '../modules/auth/actor.js';
import { loadAgencyCalendar } from '../modules/calendar/load-agency-calendar.js';
import { receiveDossier } from '../modules/dossiers/receive-dossier.js';
import { takeAction } from '../modules/dossiers/take-action.js';
import { confirmHandover } from '../modules/postal/confirm-handover.js';
import { createHandover } from '../modules/postal/create-handover.js';
import {
  createRng,
  DEMO_ORGANISATIONS,
  demoOrganisation,
  demoPerson,
  PERSON_PROCEDURES,
  type Rng,
} from './demo-applicants.js';
import { actionDetails, STORIES, type StoryPlan, type StoryStep } from './demo-dossier-stories.js';
import { LAM_DONG } from './demo-data.js';
import { DEMO_PROCEDURES } from './procedures/demo-procedures.js';

/** The same seed, the same demo: only the dates move with the day the demo first starts. */
const SEED = 20_261_123;
/** About four months of working days: the oldest dossier is received no earlier than that. */
const MAX_AGO_DAYS = 85;

export type DemoChannel = 'counter' | 'post' | 'online';
export type UnitKey = (typeof LAM_DONG.units)[number]['key'];

export type PlannedDossier = {
  story: string;
  procedure: ProcedureContent;
  unit: UnitKey;
  channel: DemoChannel;
  applicant: Applicant;
  returnMethod: 'counter' | 'post' | 'electronic';
  /** Reception at the counter or from the post; for online dossiers, submission on the portal. */
  submittedAt: Date;
  steps: { action: DossierAction; at: Date }[];
};

const PROCEDURES = [...PERSON_PROCEDURES, ...new Set(DEMO_ORGANISATIONS.flatMap((o) => o.procedures))].map((code) => {
  const procedure = DEMO_PROCEDURES.find((p) => p.code === code);
  if (!procedure?.processingTime) throw new Error(`demo dossiers need procedure ${code} with a processing time`);
  return procedure;
});

/**
 * Plans the demo dossiers: which procedure and applicant, which channel, and the instant of each
 * action on the agency's working calendar, counted back from `now`. Pure and deterministic.
 */
export function planDemoDossiers(calendar: WorkingCalendar, now: Date): PlannedDossier[] {
  const rng = createRng(SEED);
  // Working time is counted forward from a fixed point well before the oldest reception.
  const origin = new Date(now.getTime() - 365 * 86_400_000);
  const total = workingTimeBetween(calendar, origin, now);
  const day = calendar.dailyWorkingMs;
  return STORIES.flatMap((story) =>
    Array.from({ length: story.count }, () => {
      const { procedure, plan } = pickProcedure(rng, story.plan);
      const channel: DemoChannel = story.isOnlineOnly ? 'online' : rng.pick(CHANNELS);
      // An online dossier the counter accepted: its clock starts at acceptance.
      const steps: StoryStep[] =
        channel === 'online' && !story.isOnlineOnly ? [['accept_online', 0], ...plan.steps] : plan.steps;
      const receivedAt = addWorkingTime(calendar, origin, total - plan.ago * day);
      const at = (days: number) => addWorkingTime(calendar, receivedAt, days * day);
      const applicant = PERSON_PROCEDURES.includes(procedure.code)
        ? demoPerson(rng)
        : demoOrganisation(rng, procedure.code);
      const submittedAt =
        channel === 'online' ? new Date(receivedAt.getTime() - rng.between(0.5, 16) * 3_600_000) : receivedAt;
      return {
        story: story.name,
        procedure,
        unit: unitOf(procedure),
        channel,
        applicant,
        returnMethod: returnMethodOf(channel, rng),
        submittedAt,
        steps: steps.map(([action, days]) => ({ action, at: at(days) })),
      };
    }),
  );
}

/** Most dossiers come to the counter; some by post, some online. */
const CHANNELS: readonly DemoChannel[] = ['counter', 'counter', 'counter', 'counter', 'post', 'online', 'online'];

function returnMethodOf(channel: DemoChannel, rng: Rng): PlannedDossier['returnMethod'] {
  if (channel === 'post') return 'post';
  if (channel === 'online') return rng.next() < 0.5 ? 'electronic' : 'counter';
  return rng.next() < 0.85 ? 'counter' : 'post';
}

/** A procedure whose statutory time lets the story fit in the last four months. */
function pickProcedure(rng: Rng, plan: (t: number, r: Rng) => StoryPlan) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const procedure = rng.pick(PROCEDURES);
    const result = plan(procedure.processingTime?.total ?? 0, rng);
    if (result.ago <= MAX_AGO_DAYS) return { procedure, plan: result };
  }
  throw new Error('no demo procedure fits the story');
}

function unitOf(procedure: ProcedureContent): UnitKey {
  const unit = LAM_DONG.units.find((u) => u.code === procedure.implementingUnitCode);
  if (!unit) throw new Error(`procedure ${procedure.code} is not handled by a demo unit`);
  return unit.key;
}

/**
 * Seeds the demo dossiers of Sở Y tế tỉnh Lâm Đồng through the real use cases, as the demo staff
 * would have worked them: every action in time order, each in its own transaction with its
 * event, folded row and audit row, so codes, appointments and the audit chain are all genuine.
 * Runs after the demo agencies are committed, once (seedDemo calls it only when it seeded).
 */
export async function seedDossiers(db: Db, now: Date): Promise<number> {
  const agency = await db.selectFrom('agency').select('id').where('code', '=', LAM_DONG.code).executeTakeFirstOrThrow();
  const calendar = await loadAgencyCalendar(db, agency.id);
  const staff = await loadStaff(db, agency.id);
  const plans = planDemoDossiers(calendar, now);
  const moments = plans
    .flatMap((plan, index) => [
      { index, step: 0, at: plan.submittedAt },
      ...plan.steps.map((s, k) => ({ index, step: k + 1, at: s.at })),
    ])
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.index - b.index || a.step - b.step);
  const dossiers = plans.map(() => ({ id: '', version: 0 }));
  let resultNumber = 100;
  for (const { index, step, at } of moments) {
    const plan = plans[index]!;
    const dossier = dossiers[index]!;
    if (step === 0) {
      const { dossier: row } = await receiveDossier(db, staff.as('counter_clerk', plan.unit), receptionOf(plan), at);
      Object.assign(dossier, { id: row.id, version: row.version });
      continue;
    }
    const { action } = plan.steps[step - 1]!;
    // An extension names a later appointment than the current one, which earlier actions moved.
    const dueAt = action === 'draft_apology' ? await currentDueAt(db, agency.id, dossier.id) : null;
    const details = actionDetails(action, {
      ...plan,
      rng: createRng(SEED + index * 101 + step),
      specialistId: staff.as('specialist', plan.unit).actor.userId,
      newDueAt: dueAt ? addWorkingDays(calendar, dueAt, 5) : null,
      resultNumber: action === 'issue' ? ++resultNumber : 0,
    });
    const input = ActionRequest.parse({ action, expectedVersion: dossier.version, ...details });
    if (plan.channel !== 'online' && (action === 'transfer_to_unit' || action === 'issue')) {
      // Paper moves with a hand-over record: the receiver's confirmation performs the action.
      const direction = action === 'issue' ? 'unit_to_counter' : 'counter_to_unit';
      const receiver = staff.as(action === 'issue' ? 'counter_clerk' : 'unit_head', plan.unit);
      const item = { id: dossier.id, ...(input.resultNumber ? { resultNumber: input.resultNumber } : {}) };
      const record = await createHandover(
        db,
        staff.as(roleOf(action), plan.unit),
        {
          direction,
          items: [item],
          note: '',
        },
        at,
      );
      await confirmHandover(db, receiver, record, at);
    } else {
      await takeAction(db, staff.as(roleOf(action), plan.unit), dossier.id, input, at);
    }
    dossier.version += 1;
  }
  return plans.length;
}

async function currentDueAt(db: Db, agencyId: string, dossierId: string): Promise<Date | null> {
  const row = await db
    .selectFrom('dossier')
    .select('due_at')
    .where('agency_id', '=', agencyId)
    .where('id', '=', dossierId)
    .executeTakeFirstOrThrow();
  return row.due_at;
}

function receptionOf(plan: PlannedDossier): ReceiveDossierRequest {
  const a = plan.applicant;
  return ReceiveDossierRequest.parse({
    procedureCode: plan.procedure.code,
    channel: plan.channel,
    applicant: a,
    documents: plan.procedure.documents.map((doc, ord) => ({
      ord,
      received: true,
      form: doc.form === 'original_or_copy' ? 'copy' : doc.form,
      copies: doc.copies,
    })),
    returnMethod: plan.returnMethod,
    returnAddress: plan.returnMethod === 'post' ? a.address : null,
  });
}

/** Who may take an action, read from the workflow table (one role per action in it). */
function roleOf(action: DossierAction): Role {
  // The demo's apologies are drafted during review, by the specialist who has the dossier.
  if (action === 'draft_apology') return 'specialist';
  for (const state of DOSSIER_STATES) {
    const row: Partial<Record<DossierAction, Transition>> = WORKFLOW[state];
    const role = row[action]?.roles[0];
    if (role) return role;
  }
  throw new Error(`no role takes ${action}`);
}

/** The demo staff as request contexts: unit roles come from the dossier's unit. */
async function loadStaff(db: Db, agencyId: string) {
  const users = await db
    .selectFrom('app_user')
    .select(['id', 'username', 'full_name', 'role', 'unit_id'])
    .where('agency_id', '=', agencyId)
    .execute();
  const contexts = new Map<string, RequestContext>();
  for (const demo of LAM_DONG.users) {
    const user = users.find((u) => u.username === demo.username);
    if (!user) throw new Error(`demo user ${demo.username} is missing`);
    const key =
      demo.unit && (demo.role === 'unit_head' || demo.role === 'specialist') ? `${demo.role}/${demo.unit}` : demo.role;
    if (contexts.has(key)) continue;
    contexts.set(key, {
      actor: {
        userId: user.id,
        agencyId,
        username: user.username,
        fullName: user.full_name,
        role: user.role as Role,
        unitId: user.unit_id,
      },
      requestId: 'demo-seed',
      clientIp: null,
    });
  }
  return {
    as(role: Role, unit: UnitKey): RequestContext {
      const ctx = contexts.get(`${role}/${unit}`) ?? contexts.get(role);
      if (!ctx) throw new Error(`no demo ${role} for unit ${unit}`);
      return ctx;
    },
  };
}
