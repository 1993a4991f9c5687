import { z } from 'zod';
import { PERMISSIONS } from '../permissions.js';
import { ROLES } from '../roles.js';

export const LoginRequest = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const Me = z
  .object({
    id: z.uuid(),
    username: z.string(),
    fullName: z.string(),
    role: z.enum(ROLES),
    permissions: z.array(z.enum(PERMISSIONS)),
    agency: z.object({ id: z.uuid(), name: z.string(), code: z.string() }),
    unit: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof Me>;
