import { randomBytes, webcrypto } from 'node:crypto';
import { asn1js, OID, pki, pkijs } from './pki.js';
import { createPkcs12 } from './pkcs12.js';

/** The demo agency's signing identity. Names are UTF8String, so their Vietnamese must survive. */
export const DEMO_SUBJECT = { commonName: 'Sở Y tế tỉnh Lâm Đồng', organisation: 'UBND tỉnh Lâm Đồng', country: 'VN' };
export const DEMO_PASSPHRASE = 'motcua-demo-ky-so';

/**
 * A self-signed RSA-2048 certificate for the demo agency, packed as PKCS#12. Demo mode uploads
 * it through the same use case as an administrator's file; the tests sign with it. The country
 * is a PrintableString as RFC 5280 requires of countryName; CN and O are UTF8String.
 */
export async function createDemoPkcs12(
  subject: { commonName: string; organisation: string; country: string } = DEMO_SUBJECT,
  passphrase = DEMO_PASSPHRASE,
  now = new Date(),
): Promise<Uint8Array> {
  const crypto = pki();
  const keys = (await webcrypto.subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['sign', 'verify'],
  )) as webcrypto.CryptoKeyPair;
  // One attribute per RDN (a SET each): pkijs would put them all into one multi-valued RDN.
  const rdn = (type: string, value: asn1js.BaseStringBlock) =>
    new asn1js.Set({ value: [new pkijs.AttributeTypeAndValue({ type, value }).toSchema()] });
  const nameDer = new asn1js.Sequence({
    value: [
      rdn(OID.country, new asn1js.PrintableString({ value: subject.country })),
      rdn(OID.organisation, new asn1js.Utf8String({ value: subject.organisation })),
      rdn(OID.commonName, new asn1js.Utf8String({ value: subject.commonName })),
    ],
  }).toBER(false);
  const name = pkijs.RelativeDistinguishedNames.fromBER(nameDer);
  const cert = new pkijs.Certificate();
  cert.version = 2;
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f; // a positive INTEGER
  cert.serialNumber = new asn1js.Integer({ valueHex: serial });
  cert.issuer = name;
  cert.subject = name;
  // A year back, so demo results issued over the last months fall inside its validity.
  cert.notBefore.value = new Date(now.getTime() - 365 * 24 * 3600 * 1000);
  cert.notAfter.value = new Date(now.getTime() + 5 * 365 * 24 * 3600 * 1000);
  cert.extensions = [
    new pkijs.Extension({
      extnID: '2.5.29.19',
      critical: true,
      extnValue: new pkijs.BasicConstraints({ cA: false }).toSchema().toBER(false),
    }),
    new pkijs.Extension({
      extnID: '2.5.29.15',
      critical: true,
      // digitalSignature (bit 0) and nonRepudiation / contentCommitment (bit 1).
      extnValue: new asn1js.BitString({ valueHex: new Uint8Array([0xc0]).buffer, unusedBits: 6 }).toBER(false),
    }),
  ];
  await cert.subjectPublicKeyInfo.importKey(keys.publicKey, crypto);
  await cert.sign(keys.privateKey, 'SHA-256', crypto);
  const pkcs8 = new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
  return createPkcs12(pkcs8, [cert], passphrase);
}
