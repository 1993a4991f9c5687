import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signing of carrier webhooks (docs/POSTAL-CARRIER.md): HMAC-SHA256 with the carrier's secret
 * over `${timestamp}.${rawBody}`, sent as `X-Signature: sha256=<hex>` with `X-Timestamp`
 * (Unix seconds) and `X-Carrier-Id`. The timestamp inside the signed text stops a captured
 * request from being replayed after the tolerance window.
 */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export function signCarrierPayload(secret: string, timestamp: number | string, rawBody: Buffer | string): string {
  const mac = createHmac('sha256', secret);
  mac.update(`${timestamp}.`);
  mac.update(rawBody);
  return `sha256=${mac.digest('hex')}`;
}

export type SignatureCheck = { ok: true } | { ok: false; header: string; why: string };

/** Checks the three headers against the raw body, in constant time for the MAC comparison. */
export function verifyCarrierSignature(
  secrets: Readonly<Record<string, string>>,
  headers: { carrierId: string | undefined; timestamp: string | undefined; signature: string | undefined },
  rawBody: Buffer,
  now: Date,
): SignatureCheck {
  const { carrierId, timestamp, signature } = headers;
  if (!carrierId || !Object.hasOwn(secrets, carrierId)) return fail('x-carrier-id', 'unknown carrier');
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return fail('x-timestamp', 'missing or not Unix seconds');
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > SIGNATURE_TOLERANCE_SECONDS)
    return fail('x-timestamp', 'outside the 5-minute window');
  const match = /^sha256=([0-9a-f]{64})$/i.exec(signature ?? '');
  if (!match) return fail('x-signature', 'missing or not sha256=<64 hex>');
  const expected = Buffer.from(signCarrierPayload(secrets[carrierId]!, timestamp, rawBody).slice(7), 'hex');
  const given = Buffer.from(match[1]!, 'hex');
  if (!timingSafeEqual(expected, given)) return fail('x-signature', 'does not match');
  return { ok: true };
}

const fail = (header: string, why: string): SignatureCheck => ({ ok: false, header, why });
