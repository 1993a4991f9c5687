import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** A stored blob is named by the SHA-256 of its bytes (hex), so equal content is stored once. */
export type StoredFile = { sha256: string; size: number };

/**
 * Immutable, content-addressed storage for uploads and generated documents; metadata lives in
 * the database. `LocalFileStore` keeps files under the data directory; an S3-compatible store
 * can implement the same three methods (PUT with the hash as key, If-None-Match: *).
 */
export interface FileStore {
  /** Stores the bytes (a no-op when the same content is already stored) and returns its name. */
  put(bytes: Uint8Array): Promise<StoredFile>;
  /** The bytes stored under `sha256`; rejects with `FileNotFoundError` if there are none. */
  get(sha256: string): Promise<Buffer>;
  has(sha256: string): Promise<boolean>;
}

export class FileNotFoundError extends Error {
  constructor(readonly sha256: string) {
    super(`no stored file ${sha256}`);
  }
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export class LocalFileStore implements FileStore {
  constructor(private readonly root: string) {}

  /** `root/ab/cd/abcd…`: two levels of fan-out keep directories small. */
  private pathOf(sha256: string): string {
    if (!SHA256_HEX.test(sha256)) throw new FileNotFoundError(sha256);
    return path.join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(bytes: Uint8Array): Promise<StoredFile> {
    const sha256 = sha256Hex(bytes);
    const target = this.pathOf(sha256);
    if (await this.has(sha256)) return { sha256, size: bytes.byteLength };
    await fs.mkdir(path.dirname(target), { recursive: true });
    // Write aside, fsync, then link into place: a reader never sees a half-written file, and
    // link() fails instead of overwriting if a concurrent writer got there first.
    const temp = `${target}.${randomUUID()}.tmp`;
    const handle = await fs.open(temp, 'wx', 0o444);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await fs.link(temp, target);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    } finally {
      await fs.rm(temp, { force: true });
    }
    return { sha256, size: bytes.byteLength };
  }

  async get(sha256: string): Promise<Buffer> {
    try {
      return await fs.readFile(this.pathOf(sha256));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new FileNotFoundError(sha256);
      throw e;
    }
  }

  async has(sha256: string): Promise<boolean> {
    try {
      await fs.access(this.pathOf(sha256));
      return true;
    } catch {
      return false;
    }
  }
}
