import { hash, verify } from '@node-rs/argon2';

// Argon2id (the library's default algorithm; a test checks the stored prefix) with OWASP's
// minimum cost (19 MiB, 2 passes, 1 lane): ~20 ms here, cheap enough for sign-in.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash never signs anyone in
  }
}

/** Verified against when the username is unknown, so timing does not reveal which names exist. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('motcua-timing-equaliser');
  return dummyHash;
}
