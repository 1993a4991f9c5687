import { CreateUserRequest } from '@motcua/core';
import { createUser } from '../modules/users/create-user.js';
import { CliError, type Command } from './cli-error.js';
import { readPassword } from './read-password.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const userCommand: Command = async ({ db, args, options }) => {
  if (args[0] !== 'create') throw new CliError('Usage: npm run cli -- user create --username U --role R --agency A', 2);
  for (const name of ['username', 'role', 'agency'] as const) {
    if (typeof options[name] !== 'string') throw new CliError(`Missing --${name}`, 2);
  }
  const agencyRef = String(options.agency);
  const agency = await db
    .selectFrom('agency')
    .select(['id', 'name'])
    .where(UUID.test(agencyRef) ? 'id' : 'code', '=', agencyRef)
    .executeTakeFirst();
  if (!agency) throw new CliError(`--agency: no agency with code or id "${agencyRef}"`);
  let unitId: string | null = null;
  if (typeof options.unit === 'string') {
    const unit = await db
      .selectFrom('unit')
      .select('id')
      .where('agency_id', '=', agency.id)
      .where('code', '=', options.unit)
      .executeTakeFirst();
    if (!unit) throw new CliError(`--unit: agency ${agency.name} has no unit with code "${options.unit}"`);
    unitId = unit.id;
  }
  const parsed = CreateUserRequest.safeParse({
    username: options.username,
    fullName: typeof options['full-name'] === 'string' ? options['full-name'] : String(options.username),
    role: options.role,
    unitId,
    password: await readPassword(),
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (i) => `  --${i.path.join('.') === 'fullName' ? 'full-name' : i.path.join('.')}: ${i.message}`,
    );
    throw new CliError(`Invalid input:\n${problems.join('\n')}`);
  }
  const origin = { agencyId: agency.id, actorId: null, actorName: 'cli', requestId: null, clientIp: null };
  const user = await createUser(db, agency.id, parsed.data, origin).catch((e: unknown) => {
    if (e instanceof Error && 'code' in e && e.code === 'CONFLICT')
      throw new CliError(`--username: "${parsed.data.username}" is already taken`);
    throw e;
  });
  return `Created user ${user.username} (${user.role}) in ${agency.name}, id ${user.id}.`;
};
