import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSecretBox, SecretBox } from './secret-box.js';

describe('the secret box for certificate passphrases', () => {
  const box = new SecretBox(Buffer.alloc(32, 7));

  it('round-trips Vietnamese text and never repeats a ciphertext', () => {
    const a = box.seal('Mật khẩu ký số');
    expect(a).toMatch(/^v1:/);
    expect(a).not.toContain('Mật');
    expect(box.open(a)).toBe('Mật khẩu ký số');
    expect(box.seal('Mật khẩu ký số')).not.toBe(a);
  });

  it('refuses a tampered ciphertext and another key', () => {
    const [v, iv, tag, body] = box.seal('bí mật').split(':');
    const flipped = Buffer.from(body!, 'base64');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() => box.open([v, iv, tag, flipped.toString('base64')].join(':'))).toThrow();
    expect(() => new SecretBox(Buffer.alloc(32, 8)).open(box.seal('bí mật'))).toThrow();
  });

  it('creates DATA_DIR/signing-key once, readable by the owner only, and reuses it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-key-'));
    try {
      const sealed = loadSecretBox({ dataDir: dir, signingKey: undefined }).seal('x');
      const file = path.join(dir, 'signing-key');
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(loadSecretBox({ dataDir: dir, signingKey: undefined }).open(sealed)).toBe('x');
      const fromEnv = loadSecretBox({ dataDir: dir, signingKey: fs.readFileSync(file, 'utf8').trim() });
      expect(fromEnv.open(sealed)).toBe('x');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
