import { createHash, webcrypto } from 'node:crypto';

import { arrayBuffer, asn1js, OID, pki, pkijs } from './pki.js';

type CryptoKey = webcrypto.CryptoKey;

/** A private key and its certificate chain (signer first), ready to sign. */
export type SigningKey = {
  privateKey: CryptoKey;
  certificate: pkijs.Certificate;
  chain: pkijs.Certificate[];
};

/**
 * A detached CMS SignedData over `content` for PAdES (/SubFilter /ETSI.CAdES.detached, ETSI EN
 * 319 142-1): SHA-256, and the signed attributes content-type, message-digest, signing-time and
 * signing-certificate-v2 (RFC 5035), which binds the signer's certificate into the signature so
 * it cannot be swapped for another certificate of the same key.
 */
export async function createDetachedCms(content: Uint8Array, key: SigningKey, signingTime: Date): Promise<Buffer> {
  pki();
  const cert = key.certificate;
  const certDer = cert.toSchema(true).toBER(false);
  const attributes = [
    attribute(OID.contentType, new asn1js.ObjectIdentifier({ value: OID.data })),
    attribute(OID.signingTime, new asn1js.UTCTime({ valueDate: signingTime })),
    attribute(OID.messageDigest, new asn1js.OctetString({ valueHex: sha256(content) })),
    attribute(OID.signingCertificateV2, signingCertificateV2(cert, sha256(new Uint8Array(certDer)))),
  ];
  const signed = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
      }),
    ],
    certificates: [cert, ...key.chain],
  });
  // With signed attributes present, pkijs signs their DER (tag set to SET), not the content.
  await signed.sign(key.privateKey, 0, 'SHA-256');
  const info = new pkijs.ContentInfo({ contentType: OID.signedData, content: signed.toSchema(true) });
  return Buffer.from(info.toSchema().toBER(false));
}

function attribute(type: string, value: asn1js.AsnType): pkijs.Attribute {
  return new pkijs.Attribute({ type, values: [value] });
}

function sha256(bytes: Uint8Array): ArrayBuffer {
  return arrayBuffer(createHash('sha256').update(bytes).digest());
}

/**
 * SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }; ESSCertIDv2 ::= SEQUENCE {
 * hashAlgorithm DEFAULT sha256 (so omitted), certHash OCTET STRING, issuerSerial IssuerSerial }.
 */
function signingCertificateV2(cert: pkijs.Certificate, certHash: ArrayBuffer): asn1js.Sequence {
  const issuerSerial = new asn1js.Sequence({
    value: [
      new pkijs.GeneralNames({ names: [new pkijs.GeneralName({ type: 4, value: cert.issuer })] }).toSchema(),
      cert.serialNumber,
    ],
  });
  const essCertId = new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: certHash }), issuerSerial] });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertId] })] });
}

/** Imports an unencrypted PKCS#8 RSA or EC private key for signing with SHA-256. */
export async function importPrivateKey(pkcs8: Uint8Array): Promise<CryptoKey> {
  const info = pkijs.PrivateKeyInfo.fromBER(arrayBuffer(pkcs8));
  const algorithmOid = info.privateKeyAlgorithm.algorithmId;
  if (algorithmOid === '1.2.840.10045.2.1') {
    const curveOid = (info.privateKeyAlgorithm.algorithmParams as asn1js.ObjectIdentifier).valueBlock.toString();
    const namedCurve = { '1.2.840.10045.3.1.7': 'P-256', '1.3.132.0.34': 'P-384', '1.3.132.0.35': 'P-521' }[curveOid];
    if (!namedCurve) throw new Error(`unsupported EC curve ${curveOid}`);
    return webcrypto.subtle.importKey('pkcs8', arrayBuffer(pkcs8), { name: 'ECDSA', namedCurve }, false, ['sign']);
  }
  return webcrypto.subtle.importKey(
    'pkcs8',
    arrayBuffer(pkcs8),
    { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    false,
    ['sign'],
  );
}
