import type { App, Deps } from '../../http/app-types.js';
import { sendPendingNotifications, smtpMailer } from './send-notifications.js';

const RETRY_MS = 60_000;

/**
 * Delivers the outbox while the server runs: right after a dossier action commits (the only
 * writes that enqueue), and every minute for retries. Without SMTP_URL nothing is sent and the
 * rows wait, visible to staff on the dossier.
 */
export function registerNotificationDelivery(app: App, { db, config, now }: Deps): void {
  if (!config.smtpUrl) return;
  const mailer = smtpMailer(config.smtpUrl, config.mailFrom);
  let running: Promise<unknown> | null = null;
  const kick = () => {
    running ??= sendPendingNotifications(db, mailer, now)
      .catch((error: unknown) => app.log.error({ err: error }, 'notification delivery failed'))
      .finally(() => (running = null));
    return running;
  };
  app.decorate('deliverNotifications', kick);
  app.addHook('onResponse', async (request, reply) => {
    if (
      request.method === 'POST' &&
      request.routeOptions.url === '/api/dossiers/:id/actions' &&
      reply.statusCode === 200
    )
      void kick();
  });
  const timer = setInterval(() => void kick(), RETRY_MS).unref();
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
    mailer.close();
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Sends what is pending now; resolves when this run ends (tests await it). */
    deliverNotifications?: () => Promise<unknown>;
  }
}
