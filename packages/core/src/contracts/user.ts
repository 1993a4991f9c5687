import { z } from 'zod';
import { ROLES } from '../roles.js';

export const User = z
  .object({
    id: z.uuid(),
    username: z.string(),
    fullName: z.string(),
    role: z.enum(ROLES),
    unitId: z.uuid().nullable(),
    isActive: z.boolean(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

/** Usernames are lower-case ASCII so they are typed the same on every keyboard. */
export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9._-]{2,39}$/);

export const Password = z.string().min(10).max(200);

export const CreateUserRequest = z.object({
  username: Username,
  fullName: z.string().trim().min(1).max(200),
  role: z.enum(ROLES),
  unitId: z.uuid().nullable().default(null),
  password: Password,
});
export type CreateUserRequest = z.infer<typeof CreateUserRequest>;

export const UserList = z.object({ items: z.array(User), total: z.number().int() });

export const UpdateUserRequest = z
  .object({
    fullName: z.string().trim().min(1).max(200).optional(),
    role: z.enum(ROLES).optional(),
    unitId: z.uuid().nullable().optional(),
    isActive: z.boolean().optional(),
    unlock: z.literal(true).optional().describe('Lift a lock-out after repeated failed sign-ins'),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'empty update' });
export type UpdateUserRequest = z.infer<typeof UpdateUserRequest>;
