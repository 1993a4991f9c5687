import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileNotFoundError, LocalFileStore, sha256Hex } from './file-store.js';

describe('LocalFileStore', () => {
  let root: string;
  let store: LocalFileStore;
  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-store-'));
    store = new LocalFileStore(root);
  });
  afterEach(() => fs.rm(root, { recursive: true, force: true }));

  it('names a file by the SHA-256 of its bytes and gives the same bytes back', async () => {
    const bytes = Buffer.from('Giấy tiếp nhận hồ sơ');
    const stored = await store.put(bytes);
    expect(stored).toEqual({ sha256: sha256Hex(bytes), size: bytes.byteLength });
    expect(await store.get(stored.sha256)).toEqual(bytes);
    expect(await store.has(stored.sha256)).toBe(true);
  });

  it('stores equal content once and never rewrites it', async () => {
    const bytes = Buffer.from('%PDF-1.7 same');
    const first = await store.put(bytes);
    const file = path.join(root, first.sha256.slice(0, 2), first.sha256.slice(2, 4), first.sha256);
    const before = await fs.stat(file);
    await Promise.all([store.put(bytes), store.put(bytes), store.put(bytes)]);
    const after = await fs.stat(file);
    expect(after.ino).toBe(before.ino);
    expect(after.mode & 0o222).toBe(0); // read-only on disk
    const entries = await fs.readdir(path.dirname(file));
    expect(entries).toEqual([first.sha256]); // no temporary file left behind
  });

  it('refuses unknown and malformed names', async () => {
    await expect(store.get('0'.repeat(64))).rejects.toBeInstanceOf(FileNotFoundError);
    await expect(store.get('../../etc/passwd')).rejects.toBeInstanceOf(FileNotFoundError);
    expect(await store.has('not-a-hash')).toBe(false);
  });
});
