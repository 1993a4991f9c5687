import {
  CalendarDayEntry,
  CalendarDayList,
  CalendarDayParams,
  CalendarDaysQuery,
  DueDate,
  DueDateQuery,
  SetCalendarDayRequest,
  WorkingHours,
} from '@motcua/core';
import { z } from 'zod';
import { actorFromCookie, contextOf } from '../../http/access.js';
import type { App, Deps } from '../../http/app-types.js';
import { listCalendarDays } from './calendar.repository.js';
import { computeDueDate, resolvePublicAgencyId } from './compute-due-date.js';
import { deleteCalendarDay } from './delete-calendar-day.js';
import { getWorkingHours } from './load-agency-calendar.js';
import { setCalendarDay } from './set-calendar-day.js';
import { setWorkingWindows } from './set-working-windows.js';

export function registerCalendarRoutes(app: App, { db }: Deps): void {
  app.get('/api/calendar/due-date', {
    // Public so applicants can be told their appointment; a signed-in caller gets their own
    // agency's calendar, anyone else the default agency's (see resolvePublicAgencyId).
    config: { access: { public: true } },
    schema: {
      tags: ['calendar'],
      summary: 'When a dossier received at `from` is due',
      description:
        "Counts workingDays × the agency's daily working time from the next working time, or " +
        'calendarDays ending with a working day. Without a session: the agency 000.00.31.H36 if ' +
        'present, else the first agency by code.',
      querystring: DueDateQuery,
      response: { 200: DueDate },
    },
    handler: async (request) => {
      const actor = await actorFromCookie(db, request);
      return computeDueDate(db, await resolvePublicAgencyId(db, actor?.agencyId), request.query);
    },
  });

  app.get('/api/calendar/days', {
    config: { access: { permission: 'calendar:read' } },
    schema: {
      tags: ['calendar'],
      summary: 'Days off and swapped working days of a year, in date order',
      querystring: CalendarDaysQuery,
      response: { 200: CalendarDayList },
    },
    handler: async (request) => {
      const { year } = request.query;
      const range = { from: `${year}-01-01`, to: `${year}-12-31` };
      return { items: await listCalendarDays(db, contextOf(request).actor.agencyId, range) };
    },
  });

  app.put('/api/calendar/days/:date', {
    config: { access: { permission: 'calendar:manage' } },
    schema: {
      tags: ['calendar'],
      summary: 'Record or correct a day off or swapped working day',
      params: CalendarDayParams,
      body: SetCalendarDayRequest,
      response: { 200: CalendarDayEntry, 201: CalendarDayEntry },
    },
    handler: async (request, reply) => {
      const { day, isNew } = await setCalendarDay(db, contextOf(request), request.params.date, request.body);
      return reply.status(isNew ? 201 : 200).send(day);
    },
  });

  app.delete('/api/calendar/days/:date', {
    config: { access: { permission: 'calendar:manage' } },
    schema: {
      tags: ['calendar'],
      summary: 'Remove a day off or swapped working day',
      params: CalendarDayParams,
      response: { 204: z.undefined() },
    },
    handler: async (request, reply) => {
      await deleteCalendarDay(db, contextOf(request), request.params.date);
      return reply.status(204).send();
    },
  });

  app.get('/api/calendar/windows', {
    config: { access: { permission: 'calendar:read' } },
    schema: { tags: ['calendar'], summary: "The agency's daily working windows", response: { 200: WorkingHours } },
    handler: async (request) => getWorkingHours(db, contextOf(request).actor.agencyId),
  });

  app.put('/api/calendar/windows', {
    config: { access: { permission: 'calendar:manage' } },
    schema: {
      tags: ['calendar'],
      summary: "Set the agency's daily working windows",
      body: WorkingHours,
      response: { 200: WorkingHours },
    },
    handler: async (request) => setWorkingWindows(db, contextOf(request), request.body),
  });
}
