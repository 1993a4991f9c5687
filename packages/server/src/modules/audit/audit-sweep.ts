import type { App, Deps } from '../../http/app-types.js';
import { chainPendingAudit } from './audit.repository.js';

const SWEEP_MS = 1_000;

/**
 * Chains audit rows left pending while the server runs: a commit that finds its agency's chain
 * head busy leaves its row for the next commit to chain (audit.repository.ts, `appendAudit`);
 * when no commit follows, this sweep chains it within a second.
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
