import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config.js';

/**
 * Encrypts secrets kept in the database (the signing certificate's passphrase) with AES-256-GCM
 * under a key that is NOT in the database: a database dump alone opens nothing. Format
 * `v1:<iv>:<tag>:<ciphertext>` (base64), the version letting the key or scheme change later.
 */
export class SecretBox {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('secret box key must be 32 bytes');
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':');
  }

  open(sealed: string): string {
    const [version, iv, tag, body] = sealed.split(':');
    if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('unknown secret format');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
  }
}

/**
 * The key: `SIGNING_KEY` (64 hex characters) when set — use it when several servers share one
 * database — or else `DATA_DIR/signing-key`, 32 random bytes written once with mode 0600 (the
 * exclusive create means two processes starting together cannot write two different keys).
 */
export function loadSecretBox(config: Pick<Config, 'signingKey' | 'dataDir'>): SecretBox {
  if (config.signingKey) return new SecretBox(Buffer.from(config.signingKey, 'hex'));
  const file = path.join(config.dataDir, 'signing-key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    try {
      fs.writeFileSync(file, randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  const hex = fs.readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error(`${file} does not hold a 64-hex-digit key`);
  return new SecretBox(Buffer.from(hex, 'hex'));
}
