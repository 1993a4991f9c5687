import { SigningCertificate, SigningCertificateStatus, UploadCertificateRequest } from '@motcua/core';
import { contextOf } from '../../http/access.js';
import type { App, Deps } from '../../http/app-types.js';
import { loadSecretBox, type SecretBox } from './secret-box.js';
import { findActiveCertificate, toSigningCertificate } from './signing.repository.js';
import { uploadCertificateAs } from './upload-certificate.js';

/** The agency's signing certificate: shown to and replaced by the administrator. */
export function registerSigningRoutes(app: App, { db, config, now }: Deps): void {
  let secrets: SecretBox | undefined;
  app.get('/api/signing/certificate', {
    config: { access: { permission: 'agency:manage' } },
    schema: {
      tags: ['signing'],
      summary: "The agency's active signing certificate (subject, issuer, validity)",
      response: { 200: SigningCertificateStatus },
    },
    handler: async (request) => {
      const row = await findActiveCertificate(db, contextOf(request).actor.agencyId);
      return { certificate: row ? toSigningCertificate(row) : null };
    },
  });

  app.post('/api/signing/certificate', {
    config: { access: { permission: 'agency:manage' } },
    schema: {
      tags: ['signing'],
      summary: 'Install a PKCS#12 (.p12/.pfx, base64) and its passphrase as the signing certificate',
      body: UploadCertificateRequest,
      response: { 201: SigningCertificate },
    },
    handler: async (request, reply) => {
      secrets ??= loadSecretBox(config);
      const cert = await uploadCertificateAs(db, secrets, contextOf(request), request.body, now());
      return reply.status(201).send(cert);
    },
  });
}
