import { createDetachedCms, importPrivateKey } from './cms.js';
import { pdfSignerFromCms, type PdfSigner } from './pdf-signer.js';
import { openPkcs12 } from './pkcs12.js';
import { describeCertificate } from './pki.js';

/** A signer holding the agency's key in memory, opened from its PKCS#12 file. */
export async function createLocalPdfSigner(pkcs12: Uint8Array, passphrase: string): Promise<PdfSigner> {
  const { privateKeyPkcs8, certificates } = await openPkcs12(pkcs12, passphrase);
  const [certificate, ...chain] = certificates;
  if (!certificate) throw new Error('no certificate');
  const key = { privateKey: await importPrivateKey(privateKeyPkcs8), certificate, chain };
  const info = await describeCertificate(certificate);
  return pdfSignerFromCms({
    certificate: async () => info,
    signDetached: (content, signingTime) => createDetachedCms(content, key, signingTime),
  });
}
