import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { registerAgencyRoutes } from '../modules/agencies/agencies.routes.js';
import { registerAuditRoutes } from '../modules/audit/audit.routes.js';
import { registerAuthRoutes } from '../modules/auth/auth.routes.js';
import { registerCatalogRoutes } from '../modules/catalog/catalog.routes.js';
import { registerDocumentRoutes } from '../modules/documents/documents.routes.js';
import { registerDossierRoutes } from '../modules/dossiers/dossiers.routes.js';
import { registerPublicDossierRoutes } from '../modules/dossiers/public-dossier.routes.js';
import { registerPublicCatalogRoutes } from '../modules/catalog/public-catalog.routes.js';
import { registerCatalogXlsxRoutes } from '../modules/catalog/xlsx/catalog-xlsx.routes.js';
import { registerCalendarRoutes } from '../modules/calendar/calendar.routes.js';
import { registerUserRoutes } from '../modules/users/users.routes.js';
import { registerNotificationDelivery } from '../modules/notifications/notification-delivery.js';
import { registerAuditSweep } from '../modules/audit/audit-sweep.js';
import { registerEscalationRoutes } from '../modules/escalations/escalations.routes.js';
import { registerReportRoutes } from '../modules/reports/reports.routes.js';
import { registerDashboardRoutes } from '../modules/dashboard/dashboard.routes.js';
import { registerPostalRoutes } from '../modules/postal/postal.routes.js';
import { registerPublicResultRoutes } from '../modules/results/public-results.routes.js';
import { registerResultRoutes } from '../modules/results/results.routes.js';
import { registerSigningRoutes } from '../modules/signing/signing.routes.js';
import { registerPostalCounterRoutes } from '../modules/postal/postal-counter.routes.js';
import { registerAccessControl } from './access.js';
import type { App, Deps } from './app-types.js';
import { registerErrorHandling, sendError } from './error-handler.js';
import { registerHealthRoutes } from './health.routes.js';
import { serializerCompiler } from './serializer.js';
import { registerTestClockRoutes } from './test-clock.routes.js';

export const WEB_DIST_DIR = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

export type AppOptions = {
  webDistDir?: string;
  logLevel?: string;
  /** Only in demo mode with TEST_CLOCK=true: exposes PUT /api/test/clock. */
  testClock?: { set: (at: Date | null) => void } | undefined;
};

export async function buildApp(deps: Deps, options: AppOptions = {}): Promise<App> {
  const app = Fastify({
    logger: { level: options.logLevel ?? deps.config.logLevel },
    genReqId: () => randomUUID(),
    trustProxy: deps.config.trustProxy,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  // Set on arrival, so every answer carries them (errors and 404 included); a callback hook, not
  // an async one: no promise per request (bench/README.md, health-vs-bare).
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers({
      'x-request-id': request.id,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
      'x-frame-options': 'DENY',
    });
    done();
  });

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'MotCua API',
        description: 'One-stop system (một cửa điện tử) of a provincial Department of Health',
        version: deps.version,
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'motcua_session' } } },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  registerAccessControl(app, deps.db);

  app.get('/api/openapi.json', {
    config: { access: { public: true } },
    schema: { hide: true },
    handler: async () => app.swagger(),
  });
  if (options.testClock) registerTestClockRoutes(app, options.testClock);
  registerHealthRoutes(app, deps);
  registerAuthRoutes(app, deps);
  registerAgencyRoutes(app, deps);
  registerUserRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerCatalogRoutes(app, deps);
  registerPublicCatalogRoutes(app, deps);
  registerDocumentRoutes(app, deps);
  registerDossierRoutes(app, deps);
  registerPublicDossierRoutes(app, deps);
  registerCatalogXlsxRoutes(app, deps);
  registerNotificationDelivery(app, deps);
  registerAuditSweep(app, deps);
  registerCalendarRoutes(app, deps);
  registerEscalationRoutes(app, deps);
  registerReportRoutes(app, deps);
  registerDashboardRoutes(app, deps);
  registerPostalRoutes(app, deps);
  registerSigningRoutes(app, deps);
  registerResultRoutes(app, deps);
  registerPublicResultRoutes(app, deps);
  registerPostalCounterRoutes(app, deps);

  await registerWeb(app, options.webDistDir ?? WEB_DIST_DIR);
  return app;
}

/** Serves the built web UI; any non-API GET that is not a file gets index.html (client routing). */
async function registerWeb(app: App, dir: string): Promise<void> {
  const hasWeb = existsSync(`${dir}/index.html`);
  if (hasWeb) await app.register(fastifyStatic, { root: dir, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && request.url !== '/api';
    if (hasWeb && isPage) return reply.sendFile('index.html');
    return sendError(request, reply, 'ROUTE_NOT_FOUND');
  });
}
