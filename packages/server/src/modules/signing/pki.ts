import { webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

/**
 * pkijs on node's WebCrypto, set once per process. pkijs keeps the DER of parsed names
 * (`valueBeforeDecode`), so a certificate's UTF8String subject ("Sở Y tế tỉnh Lâm Đồng") is copied
 * into the CMS byte for byte; node-forge re-encodes names and garbles them, which is why it is
 * not used here.
 */
let engine: pkijs.CryptoEngine | undefined;
export function pki(): pkijs.CryptoEngine {
  if (!engine) {
    engine = new pkijs.CryptoEngine({
      name: 'node',
      crypto: webcrypto as unknown as ConstructorParameters<typeof pkijs.CryptoEngine>[0]['crypto'],
    });
    pkijs.setEngine('node', engine);
  }
  return engine;
}

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  commonName: '2.5.4.3',
  country: '2.5.4.6',
  organisation: '2.5.4.10',
  keyBag: '1.2.840.113549.1.12.10.1.1',
  shroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  x509Certificate: '1.2.840.113549.1.9.22.1',
} as const;

/** Bytes as the exact ArrayBuffer WebCrypto and asn1js expect (a Buffer may share a larger one). */
export function arrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** What screens show of a certificate. */
export type CertificateInfo = {
  subject: string;
  issuer: string;
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  /** SHA-256 of the DER, hex: identifies the certificate on screens and in the audit trail. */
  fingerprint: string;
};

const SHORT_NAMES: Record<string, string> = {
  [OID.commonName]: 'CN',
  [OID.country]: 'C',
  [OID.organisation]: 'O',
  '2.5.4.11': 'OU',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '0.9.2342.19200300.100.1.1': 'UID',
  '1.2.840.113549.1.9.1': 'E',
};

/** "CN=Sở Y tế tỉnh Lâm Đồng, O=UBND tỉnh Lâm Đồng, C=VN" (most specific first, as people read it). */
export function formatName(name: pkijs.RelativeDistinguishedNames): string {
  return name.typesAndValues
    .map((tv) => `${SHORT_NAMES[tv.type] ?? tv.type}=${String(tv.value.valueBlock.value)}`)
    .reverse()
    .join(', ');
}

/** The value of one attribute of a name (e.g. the CN), or undefined. */
export function nameAttribute(name: pkijs.RelativeDistinguishedNames, oid: string): string | undefined {
  const found = name.typesAndValues.find((tv) => tv.type === oid);
  return found ? String(found.value.valueBlock.value) : undefined;
}

export async function describeCertificate(cert: pkijs.Certificate): Promise<CertificateInfo> {
  const der = cert.toSchema(true).toBER(false);
  const digest = Buffer.from(await webcrypto.subtle.digest('SHA-256', der));
  return {
    subject: formatName(cert.subject),
    issuer: formatName(cert.issuer),
    serialNumber: Buffer.from(cert.serialNumber.valueBlock.valueHexView).toString('hex'),
    notBefore: cert.notBefore.value,
    notAfter: cert.notAfter.value,
    fingerprint: digest.toString('hex'),
  };
}

export function parseCertificate(der: Uint8Array): pkijs.Certificate {
  pki();
  return pkijs.Certificate.fromBER(arrayBuffer(der));
}

export { asn1js, pkijs };
