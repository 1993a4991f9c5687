import {
  AppError,
  CarrierEventBody,
  DispatchShipmentRequest,
  DossierShipments,
  FailedShipmentList,
  SHIPMENT_STATUSES,
} from '@motcua/core';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../http/access.js';
import type { App, Deps } from '../../http/app-types.js';
import { ManualCarrierAdapter, type CarrierAdapter } from './carrier-adapter.js';
import { verifyCarrierSignature } from './carrier-signature.js';
import { SIMULATOR_CARRIER_ID, SimulatorCarrierAdapter } from './carrier-simulator.js';
import { dispatchShipment } from './dispatch-shipment.js';
import { failedDeliveries, getDossierShipments } from './list-shipments.js';
import { recordCarrierEvent } from './record-carrier-event.js';

const IdParams = z.object({ id: z.uuid() });
const CarrierHeaders = z.object({
  'x-carrier-id': z.string().optional().describe('The carrier id (its key in POSTAL_CARRIERS)'),
  'x-timestamp': z.string().optional().describe('Unix seconds; within 5 minutes of our clock'),
  'x-signature': z.string().optional().describe('sha256=<hex HMAC-SHA256 of `${timestamp}.${raw body}`>'),
});
const Outcome = z.object({
  result: z.enum(['applied', 'recorded', 'duplicate']),
  shipmentStatus: z.enum(SHIPMENT_STATUSES),
  dossierReturned: z.boolean(),
});

/** The exact bytes of each webhook request, kept for the signature check. */
const rawBodies = new WeakMap<FastifyRequest, Buffer>();
const MALFORMED = Symbol('malformed JSON');

/** Results by post: dispatch at the counter, the carrier's signed status webhook, failed deliveries. */
export function registerPostalRoutes(app: App, { db, now, config }: Deps): void {
  const carrier = carrierOf(app, config, now);
  app.addHook('onClose', async () => carrier.close());

  app.get('/api/dossiers/:id/shipments', {
    config: { access: { permission: 'dossier:read' } },
    schema: {
      tags: ['postal'],
      summary: "A dossier's parcels (newest first) with the carrier's reports, and the dispatch defaults",
      params: IdParams,
      response: { 200: DossierShipments },
    },
    handler: async (request) => getDossierShipments(db, carrier, contextOf(request), request.params.id),
  });
  app.post('/api/dossiers/:id/shipments', {
    config: { access: { permission: 'dossier:act' } },
    schema: {
      tags: ['postal'],
      summary: 'Send the result by post (counter clerk; return method post, result at the counter)',
      params: IdParams,
      body: DispatchShipmentRequest,
      response: { 201: DossierShipments },
    },
    handler: async (request, reply) => {
      const ctx = contextOf(request);
      await dispatchShipment(db, carrier, ctx, request.params.id, request.body, now());
      return reply.status(201).send(await getDossierShipments(db, carrier, ctx, request.params.id));
    },
  });
  app.get('/api/shipments/failed', {
    config: { access: { permission: 'dossier:read' } },
    schema: {
      tags: ['postal'],
      summary: 'Failed deliveries back at the counter, to re-dispatch or hand over in person',
      response: { 200: FailedShipmentList },
    },
    handler: async (request) => failedDeliveries(db, contextOf(request)),
  });

  app.register(async (webhook) => {
    // The HMAC is over the exact bytes received: keep them, parse JSON ourselves.
    webhook.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
      const raw = body as Buffer;
      rawBodies.set(request, raw);
      try {
        done(null, JSON.parse(raw.toString('utf8')) as unknown);
      } catch {
        done(null, MALFORMED);
      }
    });
    webhook.withTypeProvider<ZodTypeProvider>().post(
      '/api/postal/webhooks/shipment-status',
      {
        // Authenticated by the carrier's signature, not by a session.
        config: { access: { public: true } },
        schema: {
          tags: ['postal'],
          summary: 'Carrier status report (signed; docs/POSTAL-CARRIER.md)',
          description:
            'HMAC-SHA256 over `${X-Timestamp}.${raw body}` with the carrier secret. 401: unknown carrier, bad ' +
            'signature, or timestamp more than 5 minutes off. A replayed eventId answers 200 "duplicate" with no ' +
            'effect; a report older than the current status answers 200 "recorded" and moves nothing.',
          headers: CarrierHeaders,
          body: CarrierEventBody,
          response: { 200: Outcome },
        },
        preValidation: async (request) => {
          const check = verifyCarrierSignature(
            config.postalCarriers,
            {
              carrierId: header(request, 'x-carrier-id'),
              timestamp: header(request, 'x-timestamp'),
              signature: header(request, 'x-signature'),
            },
            rawBodies.get(request) ?? Buffer.alloc(0),
            now(),
          );
          if (!check.ok)
            throw new AppError('SIGNATURE_INVALID', [{ field: `headers.${check.header}`, message: check.why }]);
          if ((request.body as unknown) === MALFORMED) throw new AppError('MALFORMED_JSON');
        },
      },
      async (request) =>
        recordCarrierEvent(
          db,
          { carrierId: header(request, 'x-carrier-id')!, requestId: request.id, clientIp: request.ip ?? null },
          request.body,
          now(),
        ),
    );
  });
}

function header(request: FastifyRequest, name: string): string | undefined {
  const v = request.headers[name];
  return typeof v === 'string' ? v : undefined;
}

/**
 * The carrier results are dispatched with: the simulator when CARRIER_SIMULATOR is on, else the
 * first carrier of POSTAL_CARRIERS (or "vnpost") with numbers typed from the label.
 */
function carrierOf(app: App, config: Deps['config'], now: () => Date): CarrierAdapter {
  if (!config.carrierSimulator.enabled)
    return new ManualCarrierAdapter(Object.keys(config.postalCarriers)[0] ?? 'vnpost');
  return new SimulatorCarrierAdapter(
    {
      carrierId: SIMULATOR_CARRIER_ID,
      secret: config.postalCarriers[SIMULATOR_CARRIER_ID]!,
      webhookUrl: () => config.carrierSimulator.webhookUrl ?? ownWebhookUrl(app),
      now,
      log: (level, message) => app.log[level](message),
    },
    config.carrierSimulator.stepMs,
  );
}

/** Where this server listens (loopback for a wildcard address), once it does. */
function ownWebhookUrl(app: App): string | undefined {
  const address = app.server.address();
  if (!address || typeof address === 'string') return undefined;
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  const host = wildcard ? '127.0.0.1' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}/api/postal/webhooks/shipment-status`;
}
