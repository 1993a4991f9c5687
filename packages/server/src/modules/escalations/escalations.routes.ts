import {
  AppError,
  ESCALATION_MAX_FILE_BYTES,
  ESCALATION_MAX_FILES,
  ESCALATION_STATUSES,
  EscalationAnswerList,
  EscalationDetail,
  EscalationList,
  OpenEscalationRequest,
  PostEscalationMessageRequest,
  EscalationSettings,
  SetEscalationSettingsRequest,
  type EscalationMove,
} from '@motcua/core';
import { z } from 'zod';
import { contextOf } from '../../http/access.js';
import type { App, Deps } from '../../http/app-types.js';
import { FileNotFoundError } from '../../storage/file-store.js';
import { getEscalation } from './get-escalation.js';
import { findAttachment, findSlaHours, listEscalations, searchResolved } from './escalations.repository.js';
import { setEscalationSla } from './set-escalation-sla.js';
import { toEscalationSummary } from './escalation-view.js';
import { moveEscalation } from './move-escalation.js';
import { openEscalation, type EscalationDeps } from './open-escalation.js';

const IdParams = z.object({ id: z.uuid() });
/** Attachments travel base64-encoded in the JSON body: room for the most files at the cap. */
const BODY_LIMIT = Math.ceil((ESCALATION_MAX_FILES * ESCALATION_MAX_FILE_BYTES * 4) / 3) + 256 * 1024;
const ListQuery = z.object({
  status: z.enum(ESCALATION_STATUSES).optional(),
  overdue: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
const Created = z.object({ id: z.uuid(), reference: z.string() });

/** Escalations (vướng mắc): the counter asks, the focal officer answers, in the caller's agency only. */
export function registerEscalationRoutes(app: App, { db, files, now, config }: Deps): void {
  const deps: EscalationDeps = { db, files, defaultSlaHours: config.escalationSlaHours };

  app.get('/api/escalations', {
    config: { access: { permission: 'escalation:read' } },
    schema: {
      tags: ['escalations'],
      summary: 'Escalations of the agency, waiting for the focal officer first; filter by status or overdue',
      querystring: ListQuery,
      response: { 200: EscalationList },
    },
    handler: async (request) => {
      const { actor } = contextOf(request);
      const q = request.query;
      const at = now();
      const { rows, total, overdue } = await listEscalations(
        db,
        actor.agencyId,
        { status: q.status, overdue: q.overdue },
        at,
        q.page,
        q.pageSize,
      );
      return { items: rows.map((r) => toEscalationSummary(r, at)), total, overdue, page: q.page, pageSize: q.pageSize };
    },
  });

  app.post('/api/escalations', {
    config: { access: { permission: 'escalation:open' } },
    bodyLimit: BODY_LIMIT,
    schema: {
      tags: ['escalations'],
      summary: 'Open an escalation about a dossier (by code) or a procedure, with attachments (base64)',
      body: OpenEscalationRequest,
      response: { 201: Created },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await openEscalation(deps, contextOf(request), request.body, now())),
  });

  const settingsOf = async (agencyId: string) => {
    const own = await findSlaHours(db, agencyId);
    return own === undefined
      ? { slaHours: deps.defaultSlaHours, source: 'default' as const }
      : { slaHours: own, source: 'agency' as const };
  };
  // The answer time is working time, so it sits with the working calendar: read by every staff
  // member, changed by whoever maintains the calendar.
  app.get('/api/escalations/settings', {
    config: { access: { permission: 'calendar:read' } },
    schema: {
      tags: ['escalations'],
      summary: "The agency's answer time for escalations, in working hours",
      response: { 200: EscalationSettings },
    },
    handler: async (request) => settingsOf(contextOf(request).actor.agencyId),
  });
  app.put('/api/escalations/settings', {
    config: { access: { permission: 'calendar:manage' } },
    schema: {
      tags: ['escalations'],
      summary: "Set the agency's answer time (applies to escalations opened afterwards)",
      body: SetEscalationSettingsRequest,
      response: { 200: EscalationSettings },
    },
    handler: async (request) => {
      const ctx = contextOf(request);
      await setEscalationSla(db, ctx, request.body.slaHours);
      return settingsOf(ctx.actor.agencyId);
    },
  });

  app.get('/api/escalations/answers', {
    config: { access: { permission: 'escalation:read' } },
    schema: {
      tags: ['escalations'],
      summary: 'Search resolved escalations as answers to reuse (ignores diacritics and case)',
      querystring: z.object({
        q: z.string().trim().max(200).default(''),
        limit: z.coerce.number().int().min(1).max(50).default(20),
      }),
      response: { 200: EscalationAnswerList },
    },
    handler: async (request) => {
      const { actor } = contextOf(request);
      const rows = await searchResolved(db, actor.agencyId, request.query.q, request.query.limit);
      const items = rows.map((r) => ({
        id: r.id,
        reference: r.reference,
        category: r.category,
        procedureCode: r.procedure_code,
        procedureName: r.procedure_name,
        title: r.title,
        question: r.question,
        answer: r.answer ?? '',
        resolvedAt: (r.resolved_at ?? new Date(0)).toISOString(),
      }));
      return { items, total: items.length };
    },
  });

  app.get('/api/escalations/:id', {
    config: { access: { permission: 'escalation:read' } },
    schema: {
      tags: ['escalations'],
      summary: 'An escalation with its thread and attachments',
      params: IdParams,
      response: { 200: EscalationDetail },
    },
    handler: async (request) => getEscalation(db, contextOf(request), request.params.id, now()),
  });

  const moves: {
    path: string;
    move: EscalationMove;
    permission: 'escalation:open' | 'escalation:answer';
    summary: string;
  }[] = [
    { path: 'answers', move: 'answer', permission: 'escalation:answer', summary: "The focal officer's answer" },
    { path: 'messages', move: 'follow_up', permission: 'escalation:open', summary: "The counter's follow-up question" },
    { path: 'resolve', move: 'resolve', permission: 'escalation:open', summary: 'The counter closes it as resolved' },
    { path: 'reopen', move: 'reopen', permission: 'escalation:open', summary: 'The counter reopens a resolved one' },
  ];
  for (const m of moves) {
    app.post(`/api/escalations/:id/${m.path}`, {
      config: { access: { permission: m.permission } },
      bodyLimit: BODY_LIMIT,
      schema: {
        tags: ['escalations'],
        summary: `${m.summary} (a message, with attachments in base64)`,
        params: IdParams,
        body: PostEscalationMessageRequest,
        response: { 200: EscalationDetail },
      },
      handler: async (request) => {
        const ctx = contextOf(request);
        await moveEscalation(deps, ctx, request.params.id, m.move, request.body, now());
        return getEscalation(db, ctx, request.params.id, now());
      },
    });
  }

  app.get('/api/escalations/:id/attachments/:attachmentId', {
    config: { access: { permission: 'escalation:read' } },
    schema: {
      tags: ['escalations'],
      summary: 'Download an attachment',
      params: z.object({ id: z.uuid(), attachmentId: z.uuid() }),
    },
    handler: async (request, reply) => {
      const { actor } = contextOf(request);
      const found = await findAttachment(db, actor.agencyId, request.params.id, request.params.attachmentId);
      if (!found) throw new AppError('NOT_FOUND');
      let bytes: Buffer;
      try {
        bytes = await files.get(found.sha256);
      } catch (error) {
        if (error instanceof FileNotFoundError) throw new AppError('NOT_FOUND', undefined, error.message);
        throw error;
      }
      return reply
        .type(found.media_type)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(found.filename)}`)
        .send(bytes);
    },
  });
}
