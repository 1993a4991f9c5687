import { z } from 'zod';
import type { App } from './app-types.js';

/**
 * A settable clock for browser tests of date-dependent behaviour (a fee amended from a future
 * date). Registered only with TEST_CLOCK=true, which the configuration allows in demo mode only.
 */
export function createTestClock(): { now: () => Date; set: (at: Date | null) => void } {
  let fixed: Date | null = null;
  return { now: () => fixed ?? new Date(), set: (at) => (fixed = at) };
}

export function registerTestClockRoutes(app: App, clock: { set: (at: Date | null) => void }): void {
  app.put('/api/test/clock', {
    config: { access: { public: true } },
    schema: {
      hide: true,
      body: z.object({ now: z.iso.datetime({ offset: true }).nullable() }),
      response: { 204: z.undefined() },
    },
    handler: async (request, reply) => {
      clock.set(request.body.now ? new Date(request.body.now) : null);
      return reply.status(204).send();
    },
  });
}
