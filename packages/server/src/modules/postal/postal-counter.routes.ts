import {
  AppError,
  AssignPickupRequest,
  CancelPickupRequest,
  CollectPickupRequest,
  Courier,
  CreateHandoverRequest,
  CreatePickupRequest,
  FlagDiscrepancyRequest,
  HANDOVER_DIRECTIONS,
  HANDOVER_STATUSES,
  HandoverCandidate,
  HandoverList,
  HandoverView,
  PICKUP_STATUSES,
  PickupList,
  PickupView,
  PublicPickupRequest,
  RemittanceReport,
  ResolveDiscrepancyRequest,
  type Permission,
} from '@motcua/core';
import type { FastifySchema } from 'fastify';
import { z } from 'zod';
import { contextOf } from '../../http/access.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import type { App, Deps } from '../../http/app-types.js';
import { resolvePublicAgencyId } from '../calendar/compute-due-date.js';
import { confirmHandover } from './confirm-handover.js';
import { createHandover } from './create-handover.js';
import { getHandover, handoverCandidates, listHandovers } from './handover-view.js';
import { getPickup, listCouriers, listPickups } from './pickup-view.js';
import { assignPickup, cancelPickup, collectPickup, requestPickup } from './pickups.js';
import { remittanceReport } from './remittance-report.js';
import { flagDiscrepancy, resolveDiscrepancy } from './review-handover.js';

const IdParams = z.object({ id: z.uuid() });
const ItemParams = z.object({ id: z.uuid(), ord: z.coerce.number().int().min(0) });
const Paging = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
};

/** Public requests per client address and window: the public form is open to anyone. */
const PUBLIC_LIMIT = 10;
const PUBLIC_WINDOW_MS = 10 * 60_000;

/** The postal channel at the counter: hand-over records, pickup orders, remittance (docs/POSTAL.md). */
export function registerPostalCounterRoutes(app: App, { db, now }: Deps): void {
  /**
   * The routes of one kind of step on a hand-over record or a pickup order (POST): the use case
   * acts, then the answer is the record or the order as the caller now sees it.
   */
  const step =
    <V extends z.ZodType>(read: (actor: Actor, id: string) => Promise<z.output<V>>, view: V) =>
    <P extends z.ZodType<{ id: string }>, B extends z.ZodType = z.ZodUndefined>(
      url: string,
      route: {
        permission: Permission;
        summary: string;
        params: P;
        body?: B;
        act: (ctx: RequestContext, params: z.output<P>, body: z.output<B>) => Promise<unknown>;
      },
    ) => {
      // Typed by the parameters of `step`, not inferred by Fastify from a generic schema.
      const schema: FastifySchema = {
        tags: ['postal'],
        summary: route.summary,
        params: route.params,
        ...(route.body ? { body: route.body } : {}),
        response: { 200: view },
      };
      app.post(url, {
        config: { access: { permission: route.permission } },
        schema,
        handler: async (request) => {
          const ctx = contextOf(request);
          const params = request.params as z.output<P>;
          await route.act(ctx, params, request.body as z.output<B>);
          return read(ctx.actor, params.id);
        },
      });
    };

  // ——— Hand-over records ———
  app.get('/api/handovers', {
    config: { access: { permission: 'handover:read' } },
    schema: {
      tags: ['postal'],
      summary: 'Hand-over records: waiting for my confirmation (inbox), sent by me, or all; or those of a dossier',
      querystring: z.object({
        box: z.enum(['inbox', 'sent', 'all']).default('all'),
        status: z.enum(HANDOVER_STATUSES).optional(),
        dossierId: z.uuid().optional(),
        ...Paging,
      }),
      response: { 200: HandoverList },
    },
    handler: async (request) => listHandovers(db, contextOf(request).actor, request.query),
  });
  app.get('/api/handovers/candidates', {
    config: { access: { permission: 'handover:act' } },
    schema: {
      tags: ['postal'],
      summary: 'What the caller may put on a new record of a direction (the relevant queue)',
      querystring: z.object({ direction: z.enum(HANDOVER_DIRECTIONS) }),
      response: { 200: z.object({ items: z.array(HandoverCandidate) }) },
    },
    handler: async (request) => ({
      items: await handoverCandidates(db, contextOf(request).actor, request.query.direction),
    }),
  });
  app.post('/api/handovers', {
    config: { access: { permission: 'handover:act' } },
    schema: {
      tags: ['postal'],
      summary: 'Make a hand-over record (the sender lists dossiers or pickup packages)',
      body: CreateHandoverRequest,
      response: { 201: HandoverView },
    },
    handler: async (request, reply) => {
      const ctx = contextOf(request);
      const id = await createHandover(db, ctx, request.body, now());
      return reply.status(201).send(await getHandover(db, ctx.actor, id));
    },
  });
  app.get('/api/handovers/:id', {
    config: { access: { permission: 'handover:read' } },
    schema: { tags: ['postal'], summary: 'A hand-over record', params: IdParams, response: { 200: HandoverView } },
    handler: async (request) => getHandover(db, contextOf(request).actor, request.params.id),
  });
  const handoverStep = step((actor, id) => getHandover(db, actor, id), HandoverView);
  handoverStep('/api/handovers/:id/confirm', {
    permission: 'handover:act',
    summary: 'The receiver confirms; counter → unit transfers and unit → counter issues its dossiers',
    params: IdParams,
    act: (ctx, p) => confirmHandover(db, ctx, p.id, now()),
  });
  handoverStep('/api/handovers/:id/items/:ord/discrepancy', {
    permission: 'handover:act',
    summary: 'The receiver flags an item: missing, damaged or fee mismatch',
    params: ItemParams,
    body: FlagDiscrepancyRequest,
    act: (ctx, p, body) => flagDiscrepancy(db, ctx, p.id, p.ord, body, now()),
  });
  handoverStep('/api/handovers/:id/items/:ord/resolution', {
    permission: 'handover:act',
    summary: "The sender resolves an item's discrepancy (with a note; may take it off or correct the money)",
    params: ItemParams,
    body: ResolveDiscrepancyRequest,
    act: (ctx, p, body) => resolveDiscrepancy(db, ctx, p.id, p.ord, body, now()),
  });

  // ——— Pickup orders ———
  app.get('/api/pickups', {
    config: { access: { permission: 'pickup:read' } },
    schema: {
      tags: ['postal'],
      summary: 'Pickup orders (a courier sees only those assigned to them)',
      querystring: z.object({ status: z.enum(PICKUP_STATUSES).optional(), ...Paging }),
      response: { 200: PickupList },
    },
    handler: async (request) => listPickups(db, contextOf(request).actor, request.query),
  });
  app.get('/api/pickups/couriers', {
    config: { access: { permission: 'pickup:manage' } },
    schema: { tags: ['postal'], summary: 'Active couriers to assign', response: { 200: z.array(Courier) } },
    handler: async (request) => listCouriers(db, contextOf(request).actor),
  });
  app.post('/api/pickups', {
    config: { access: { permission: 'pickup:manage' } },
    schema: {
      tags: ['postal'],
      summary: 'A pickup order taken by the counter (phone request)',
      body: CreatePickupRequest,
      response: { 201: PickupView },
    },
    handler: async (request, reply) => {
      const ctx = contextOf(request);
      const created = await requestPickup(db, ctx.actor.agencyId, { kind: 'counter', ctx }, request.body, now());
      return reply.status(201).send(await getPickup(db, ctx.actor, created.id));
    },
  });
  app.get('/api/pickups/:id', {
    config: { access: { permission: 'pickup:read' } },
    schema: { tags: ['postal'], summary: 'A pickup order', params: IdParams, response: { 200: PickupView } },
    handler: async (request) => getPickup(db, contextOf(request).actor, request.params.id),
  });
  const pickupStep = step((actor, id) => getPickup(db, actor, id), PickupView);
  pickupStep('/api/pickups/:id/assign', {
    permission: 'pickup:manage',
    summary: 'Assign (or reassign) a courier',
    params: IdParams,
    body: AssignPickupRequest,
    act: (ctx, p, body) => assignPickup(db, ctx, p.id, body.courierId, now()),
  });
  pickupStep('/api/pickups/:id/cancel', {
    permission: 'pickup:manage',
    summary: 'Cancel a pickup order not yet collected',
    params: IdParams,
    body: CancelPickupRequest,
    act: (ctx, p, body) => cancelPickup(db, ctx, p.id, body.reason),
  });
  pickupStep('/api/pickups/:id/collect', {
    permission: 'pickup:collect',
    summary: 'The courier records the document check, the seal number and the money collected',
    params: IdParams,
    body: CollectPickupRequest,
    act: (ctx, p, body) => collectPickup(db, ctx, p.id, body, now()),
  });

  // ——— Remittance ———
  app.get('/api/postal/remittance', {
    config: { access: { permission: 'remittance:read' } },
    schema: {
      tags: ['postal'],
      summary: 'Fees and postal charges collected, handed over and outstanding, per postal unit',
      querystring: z.object({ from: z.iso.date(), to: z.iso.date() }),
      response: { 200: RemittanceReport },
    },
    handler: async (request) => remittanceReport(db, contextOf(request).actor, request.query.from, request.query.to),
  });

  // ——— Public request ———
  const recent = new Map<string, number[]>();
  app.post('/api/public/pickups', {
    config: { access: { public: true } },
    schema: {
      tags: ['public'],
      summary: 'A citizen asks the post to collect a dossier at home (answer: the order number only)',
      querystring: z.object({ agency: z.string().max(50).optional() }),
      body: PublicPickupRequest,
      response: { 201: z.object({ number: z.string() }) },
    },
    handler: async (request, reply) => {
      const at = now();
      const key = request.ip ?? 'unknown';
      const times = (recent.get(key) ?? []).filter((t) => at.getTime() - t < PUBLIC_WINDOW_MS);
      if (times.length >= PUBLIC_LIMIT) throw new AppError('RATE_LIMITED');
      recent.set(key, [...times, at.getTime()]);
      // Forget addresses whose window has passed, so the map stays small.
      if (recent.size > 10_000)
        for (const [ip, list] of recent) if (list.every((t) => at.getTime() - t >= PUBLIC_WINDOW_MS)) recent.delete(ip);
      const code = request.query.agency;
      const agencyId = code
        ? (await db.selectFrom('agency').select('id').where('code', '=', code).executeTakeFirst())?.id
        : await resolvePublicAgencyId(db, undefined);
      if (!agencyId) throw new AppError('NOT_FOUND');
      const origin = {
        agencyId,
        actorId: null,
        actorName: 'public',
        requestId: request.id,
        clientIp: request.ip ?? null,
      };
      const created = await requestPickup(db, agencyId, { kind: 'public', origin }, request.body, at);
      return reply.status(201).send({ number: created.number });
    },
  });
}
