import { verifyAudit } from '../modules/audit/verify-audit.js';
import { CliError, type Command } from './cli-error.js';

const PROBLEMS = {
  changed: 'was changed after it was written',
  missing: 'is missing (removed)',
  chain_broken: 'does not link to the row before it',
} as const;

export const auditCommand: Command = async ({ db, args }) => {
  if (args[0] !== 'verify') throw new CliError('Usage: npm run cli -- audit verify', 2);
  const result = await verifyAudit(db);
  if (result.ok) return `OK: audit trail intact, ${result.rowsChecked} row(s) verified.`;
  const agency = await db
    .selectFrom('agency')
    .select(['name', 'code'])
    .where('id', '=', result.agencyId)
    .executeTakeFirst();
  throw new CliError(
    `FAILED: audit row seq ${result.seq} of agency ${agency?.name ?? result.agencyId} (${agency?.code ?? '?'}) ` +
      `${PROBLEMS[result.problem]}. Rows before it are intact.`,
  );
};
