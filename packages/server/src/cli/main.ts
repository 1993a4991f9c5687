import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { migrate } from '../db/migrate.js';
import { openDatabase } from '../db/open-database.js';
import { auditCommand } from './audit-command.js';
import { CARRIER_SIM_USAGE, carrierSimCommand } from './carrier-sim-command.js';
import { CliError, type Command } from './cli-error.js';
import { seedDemoCommand } from './seed-demo-command.js';
import { userCommand } from './user-command.js';

const USAGE = `Usage: npm run cli -- <command>

Commands:
  migrate                         apply pending database migrations
  seed-demo                       add the demo agencies and accounts (password "motcua-demo")
  user create --username U --role R --agency A [--full-name "Name"] [--unit UNIT_CODE]
                                  create a staff user; the password is read from standard input.
                                  A is the agency's national code (e.g. 000.00.31.H36) or id.
  audit verify                    recompute the audit hash chains; exit 1 naming the first
                                  changed or missing row
${CARRIER_SIM_USAGE}

The database is the one the server uses: DATABASE_URL, or the embedded engine in DATA_DIR.
Exit codes: 0 success, 1 the command failed, 2 wrong usage or configuration.`;

const COMMANDS: Record<string, Command> = {
  migrate: async ({ db }) => {
    const applied = await migrate(db);
    return applied.length > 0
      ? `Applied ${applied.length} migration(s): ${applied.join(', ')}`
      : 'Database is up to date.';
  },
  'seed-demo': seedDemoCommand,
  user: userCommand,
  audit: auditCommand,
};

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      agency: { type: 'string' },
      'full-name': { type: 'string' },
      unit: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      // carrier-sim
      tracking: { type: 'string' },
      scenario: { type: 'string' },
      status: { type: 'string' },
      'event-id': { type: 'string' },
      recipient: { type: 'string' },
      reason: { type: 'string' },
      'occurred-at': { type: 'string' },
      timestamp: { type: 'string' },
      url: { type: 'string' },
      carrier: { type: 'string' },
      'step-ms': { type: 'string' },
    },
  });
  // The carrier simulator talks HTTP to a running server and needs no database.
  if (positionals[0] === 'carrier-sim' && !values.help) {
    console.log(await carrierSimCommand(loadConfig(), positionals.slice(1), values));
    return 0;
  }
  const command = positionals[0] ? COMMANDS[positionals[0]] : undefined;
  if (values.help || !command) {
    if (!values.help) console.error(positionals[0] ? `Unknown command: ${positionals[0]}\n` : '');
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const config = loadConfig();
  const database = await openDatabase(config, () => {});
  try {
    // Every command but migrate needs the schema; applying pending migrations first is safe.
    // migrate itself must find them pending, or it could never report what it applied.
    if (positionals[0] !== 'migrate') await migrate(database.db);
    console.log(await command({ db: database.db, args: positionals.slice(1), options: values }));
    return 0;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof CliError) {
      console.error(e.message);
      process.exit(e.exitCode);
    }
    if (
      e instanceof ConfigError ||
      (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      console.error(e.message);
      console.error(`\n${USAGE}`);
      process.exit(2);
    }
    console.error('Failed:', e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
