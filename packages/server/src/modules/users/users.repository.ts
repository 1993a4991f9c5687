import { AppError, isRole, type Role, type User } from '@motcua/core';
import { sql } from 'kysely';
import type { Queryable, Tx } from '../../db/database.js';
import type { AppUserTable } from '../../db/schema.js';

const USER_COLUMNS = [
  'id',
  'agency_id',
  'username',
  'full_name',
  'role',
  'unit_id',
  'is_active',
  'created_at',
] as const;

type UserRow = {
  agency_id: string;
  id: string;
  username: string;
  full_name: string;
  role: string;
  unit_id: string | null;
  is_active: boolean;
  created_at: Date;
};

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    role: asRole(row.role),
    unitId: row.unit_id,
    isActive: row.is_active,
    createdAt: row.created_at.toISOString(),
  };
}

function asRole(value: string): Role {
  if (!isRole(value)) throw new Error(`Unknown role in database: ${value}`);
  return value;
}

export async function listUsers(db: Queryable, agencyId: string, page: number, pageSize: number) {
  const [rows, count] = await Promise.all([
    db
      .selectFrom('app_user')
      .select(USER_COLUMNS)
      .where('agency_id', '=', agencyId)
      .orderBy('username')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    db
      .selectFrom('app_user')
      .select(sql<number>`count(*)`.as('n'))
      .where('agency_id', '=', agencyId)
      .executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toUser), total: count.n };
}

/** A user by id within one agency; undefined for an unknown id or another agency's user. */
export async function findUser(db: Queryable, agencyId: string, userId: string) {
  return db
    .selectFrom('app_user')
    .select(USER_COLUMNS)
    .where('agency_id', '=', agencyId)
    .where('id', '=', userId)
    .executeTakeFirst();
}

export async function getUserProfile(db: Queryable, agencyId: string, userId: string) {
  const row = await db
    .selectFrom('app_user')
    .innerJoin('agency', 'agency.id', 'app_user.agency_id')
    .leftJoin('unit', (j) =>
      j.onRef('unit.agency_id', '=', 'app_user.agency_id').onRef('unit.id', '=', 'app_user.unit_id'),
    )
    .select([
      'app_user.id',
      'app_user.agency_id',
      'app_user.username',
      'app_user.full_name',
      'app_user.role',
      'app_user.unit_id',
      'unit.name as unit_name',
      'agency.name as agency_name',
      'agency.code as agency_code',
    ])
    .where('app_user.agency_id', '=', agencyId)
    .where('app_user.id', '=', userId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
  return { ...row, role: asRole(row.role) };
}

export async function insertUser(
  tx: Tx,
  user: Pick<AppUserTable, 'agency_id' | 'username' | 'full_name' | 'role' | 'unit_id' | 'password_hash'>,
) {
  return tx.insertInto('app_user').values(user).returning(USER_COLUMNS).executeTakeFirstOrThrow();
}

export async function isUsernameTaken(db: Queryable, username: string): Promise<boolean> {
  const row = await db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirst();
  return row !== undefined;
}

export async function unitExists(db: Queryable, agencyId: string, unitId: string): Promise<boolean> {
  const row = await db
    .selectFrom('unit')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('id', '=', unitId)
    .executeTakeFirst();
  return row !== undefined;
}
