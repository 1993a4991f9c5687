import type { App, Deps } from '../../http/app-types.js';
import { chainPendingAudit } from './audit.repository.js';

const SWEEP_MS = 1_000;

/**
 * Chains the audit rows committed since the last sweep, every second while the server runs
 * (audit.repository.ts, `appendAudit`): one batch per agency instead of one lock and one head
 * update per committing transaction.
 */
export function registerAuditSweep(app: App, { db }: Deps): void {
  let running: Promise<unknown> | null = null;
  const sweep = () =>
    (running ??= chainPendingAudit(db)
      .catch((error: unknown) => app.log.error({ err: error }, 'audit chaining failed'))
      .finally(() => (running = null)));
  const timer = setInterval(() => void sweep(), SWEEP_MS).unref();
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
  });
}
