import type { Queryable } from '../../db/database.js';
import { createLocalPdfSigner } from './local-signer.js';
import type { PdfSigner } from './pdf-signer.js';
import type { SecretBox } from './secret-box.js';
import { findActiveCertificate } from './signing.repository.js';

/**
 * The agency's signer from its active certificate, or undefined when it has none (an agency that
 * has not set up digital signing yet issues paper results). Opened per use: the key is held in
 * memory only while one result is signed. A remote signing service would be chosen here.
 */
export async function loadAgencySigner(
  db: Queryable,
  secrets: SecretBox,
  agencyId: string,
): Promise<{ certificateId: string; signer: PdfSigner } | undefined> {
  const row = await findActiveCertificate(db, agencyId);
  if (!row) return undefined;
  const signer = await createLocalPdfSigner(row.pkcs12, secrets.open(row.passphrase_ciphertext));
  return { certificateId: row.id, signer };
}
