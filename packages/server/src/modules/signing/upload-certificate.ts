import { AppError, type UploadCertificateRequest } from '@motcua/core';
import type { Db } from '../../db/database.js';
import type { RequestContext } from '../auth/actor.js';
import { appendAudit, originOf, type AuditOrigin } from '../audit/audit.repository.js';
import { Pkcs12Error, openPkcs12 } from './pkcs12.js';
import { describeCertificate } from './pki.js';
import type { SecretBox } from './secret-box.js';
import { replaceActiveCertificate, toSigningCertificate } from './signing.repository.js';

/**
 * An administrator installs the agency's signing certificate: the PKCS#12 must open with the
 * passphrase and hold a key and its certificate, valid now. The file is kept as uploaded (it is
 * itself encrypted under the passphrase); the passphrase only as AES-256-GCM ciphertext under
 * the server's key, which is not in the database.
 */
export async function uploadCertificate(
  db: Db,
  secrets: SecretBox,
  origin: AuditOrigin,
  userId: string | null,
  input: UploadCertificateRequest,
  now: Date,
) {
  const pkcs12 = Buffer.from(input.pkcs12Base64, 'base64');
  let contents;
  try {
    contents = await openPkcs12(pkcs12, input.passphrase);
  } catch (e) {
    if (e instanceof Pkcs12Error) throw invalid(e.reason);
    throw e;
  }
  const [certificate] = contents.certificates;
  if (!certificate) throw invalid('no_certificate');
  const info = await describeCertificate(certificate);
  if (info.notAfter <= now || info.notBefore > now) throw invalid('not_valid_now');
  const row = await db.transaction().execute(async (tx) => {
    const created = await replaceActiveCertificate(tx, {
      agency_id: origin.agencyId,
      pkcs12,
      passphrase_ciphertext: secrets.seal(input.passphrase),
      subject: info.subject,
      issuer: info.issuer,
      serial_number: info.serialNumber,
      fingerprint: info.fingerprint,
      not_before: info.notBefore,
      not_after: info.notAfter,
      uploaded_at: now,
      uploaded_by: userId,
    });
    await appendAudit(tx, origin, {
      action: 'signing.certificate_upload',
      targetType: 'agency_certificate',
      targetId: created.id,
      details: { subject: info.subject, issuer: info.issuer, fingerprint: info.fingerprint },
    });
    return created;
  });
  return toSigningCertificate(row);
}

export function uploadCertificateAs(
  db: Db,
  secrets: SecretBox,
  ctx: RequestContext,
  input: UploadCertificateRequest,
  now: Date,
) {
  return uploadCertificate(db, secrets, originOf(ctx), ctx.actor.userId, input, now);
}

const REASONS = {
  unreadable: {
    vi: 'Không đọc được tệp PKCS#12 (.p12/.pfx). Tệp mã hóa kiểu cũ (RC2/3DES) cần xuất lại với AES.',
    en: 'The PKCS#12 file (.p12/.pfx) cannot be read. Files with legacy RC2/3DES encryption must be re-exported with AES.',
  },
  wrong_passphrase: {
    vi: 'Mật khẩu của tệp chứng thư số không đúng.',
    en: 'Wrong passphrase for the certificate file.',
  },
  no_key: { vi: 'Tệp không chứa khóa bí mật.', en: 'The file holds no private key.' },
  no_certificate: { vi: 'Tệp không chứa chứng thư số.', en: 'The file holds no certificate.' },
  not_valid_now: {
    vi: 'Chứng thư số chưa có hiệu lực hoặc đã hết hạn.',
    en: 'The certificate is not yet valid or has expired.',
  },
} as const;

function invalid(reason: keyof typeof REASONS): AppError {
  const field = reason === 'wrong_passphrase' ? 'body.passphrase' : 'body.pkcs12Base64';
  return new AppError('VALIDATION_FAILED', [{ field, message: REASONS[reason] }], reason);
}
