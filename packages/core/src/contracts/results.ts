import { z } from 'zod';

/** What screens show of the agency's signing certificate (never the key or the passphrase). */
export const SigningCertificate = z.object({
  id: z.uuid(),
  subject: z.string(),
  issuer: z.string(),
  serialNumber: z.string(),
  fingerprint: z.string().describe('SHA-256 of the certificate, hex'),
  notBefore: z.iso.datetime({ offset: true }),
  notAfter: z.iso.datetime({ offset: true }),
  uploadedAt: z.iso.datetime({ offset: true }),
});
export type SigningCertificate = z.infer<typeof SigningCertificate>;

export const SigningCertificateStatus = z.object({ certificate: SigningCertificate.nullable() });
export type SigningCertificateStatus = z.infer<typeof SigningCertificateStatus>;

/** A PKCS#12 file (.p12/.pfx) as base64, and its passphrase (kept only encrypted). */
export const UploadCertificateRequest = z.object({
  pkcs12Base64: z.base64().min(1).max(200_000),
  passphrase: z.string().min(1).max(200),
});
export type UploadCertificateRequest = z.infer<typeof UploadCertificateRequest>;

/** Symbol after the number and year: `123/2026/CCHND-SYT`. */
export const RegisterSymbol = z
  .string()
  .trim()
  .regex(/^[A-Z0-9Đ]+(-[A-Z0-9Đ]+)*$/u, 'upper-case letters and digits, parts joined by "-"')
  .max(30);

export const ResultTemplateInput = z.object({
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(5000),
  registerSymbol: RegisterSymbol,
});
export type ResultTemplateInput = z.infer<typeof ResultTemplateInput>;

export const ResultTemplate = ResultTemplateInput.extend({
  procedureCode: z.string(),
  procedureName: z.string(),
  /** False: no template saved yet, these are the defaults. */
  isSaved: z.boolean(),
  updatedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type ResultTemplate = z.infer<typeof ResultTemplate>;

export const ResultTemplateList = z.object({ items: z.array(ResultTemplate) });
export type ResultTemplateList = z.infer<typeof ResultTemplateList>;

export const RESULT_STATUSES = ['valid', 'revoked', 'superseded'] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];

/** What staff see of an issued result. */
export const ResultDocument = z.object({
  id: z.uuid(),
  dossierId: z.uuid(),
  dossierCode: z.string(),
  title: z.string(),
  number: z.string(),
  holderName: z.string(),
  procedureName: z.string(),
  issuedAt: z.iso.datetime({ offset: true }),
  signer: z.string(),
  sha256: z.string(),
  status: z.enum(RESULT_STATUSES),
  revokedAt: z.iso.datetime({ offset: true }).nullable(),
  revokeReason: z.string().nullable(),
  supersededBy: z.uuid().nullable(),
  verifyUrl: z.string(),
});
export type ResultDocument = z.infer<typeof ResultDocument>;

export const ResultDocumentList = z.object({ items: z.array(ResultDocument), total: z.number().int() });
export type ResultDocumentList = z.infer<typeof ResultDocumentList>;

export const RevokeResultRequest = z.object({ reason: z.string().trim().min(5).max(1000) });
export type RevokeResultRequest = z.infer<typeof RevokeResultRequest>;

/** What anyone holding the QR code sees: no personal data beyond the masked holder name. */
export const PublicResult = z.object({
  id: z.uuid(),
  issuer: z.string(),
  title: z.string(),
  number: z.string(),
  issuedAt: z.iso.datetime({ offset: true }),
  holderName: z.string().describe('Masked for natural persons'),
  procedureName: z.string(),
  status: z.enum(RESULT_STATUSES),
  revokedAt: z.iso.datetime({ offset: true }).nullable(),
  revokeReason: z.string().nullable(),
  supersededBy: z.uuid().nullable(),
  sha256: z.string().describe('SHA-256 of the signed PDF, hex'),
});
export type PublicResult = z.infer<typeof PublicResult>;

export const FileCheckResult = z.object({
  match: z.boolean(),
  sha256: z.string().describe('SHA-256 of the uploaded file'),
  expectedSha256: z.string(),
  status: z.enum(RESULT_STATUSES),
});
export type FileCheckResult = z.infer<typeof FileCheckResult>;
