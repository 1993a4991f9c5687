import { arrayBuffer, OID, pki, pkijs } from './pki.js';

/** The contents of a PKCS#12 file: the private key (PKCS#8 DER) and the certificates. */
export type Pkcs12Contents = {
  privateKeyPkcs8: Uint8Array;
  /** The certificate of the private key first, then the rest of the chain as found. */
  certificates: pkijs.Certificate[];
};

export class Pkcs12Error extends Error {
  constructor(
    readonly reason: 'unreadable' | 'wrong_passphrase' | 'no_key' | 'no_certificate',
    cause?: unknown,
  ) {
    super(`PKCS#12: ${reason}`, { cause });
  }
}

/**
 * Opens a PKCS#12 (.p12/.pfx) with its passphrase. Supports what OpenSSL 3 and current CA tools
 * write (PBES2 with AES, PBKDF2, HMAC-SHA-256); the legacy RC2/3DES encryption of old files is
 * refused with 'unreadable' (re-export it with `openssl pkcs12 … -export` without `-legacy`).
 */
export async function openPkcs12(bytes: Uint8Array, passphrase: string): Promise<Pkcs12Contents> {
  const crypto = pki();
  const password = arrayBuffer(new TextEncoder().encode(passphrase));
  let pfx: pkijs.PFX;
  try {
    pfx = pkijs.PFX.fromBER(arrayBuffer(bytes));
  } catch (e) {
    throw new Pkcs12Error('unreadable', e);
  }
  try {
    await pfx.parseInternalValues({ password, checkIntegrity: true }, crypto);
  } catch (e) {
    throw new Pkcs12Error(/integrity|mac/i.test(String(e)) ? 'wrong_passphrase' : 'unreadable', e);
  }
  const safe = pfx.parsedValue?.authenticatedSafe;
  if (!safe) throw new Pkcs12Error('unreadable');
  try {
    await safe.parseInternalValues({ safeContents: safe.safeContents.map(() => ({ password })) }, crypto);
  } catch (e) {
    throw new Pkcs12Error('unreadable', e);
  }
  let privateKeyPkcs8: Uint8Array | undefined;
  const certificates: pkijs.Certificate[] = [];
  const contents = (safe.parsedValue as { safeContents: { value: pkijs.SafeContents }[] }).safeContents;
  for (const { value } of contents) {
    for (const bag of value.safeBags) {
      if (bag.bagId === OID.keyBag) {
        privateKeyPkcs8 = new Uint8Array((bag.bagValue as pkijs.PrivateKeyInfo).toSchema().toBER(false));
      } else if (bag.bagId === OID.shroudedKeyBag) {
        privateKeyPkcs8 = await decryptShroudedKey(bag.bagValue as pkijs.PKCS8ShroudedKeyBag, password);
      } else if (bag.bagId === OID.certBag) {
        const cert = (bag.bagValue as pkijs.CertBag).parsedValue;
        if (cert instanceof pkijs.Certificate) certificates.push(cert);
      }
    }
  }
  if (!privateKeyPkcs8) throw new Pkcs12Error('no_key');
  if (certificates.length === 0) throw new Pkcs12Error('no_certificate');
  return { privateKeyPkcs8, certificates: await keyCertificateFirst(privateKeyPkcs8, certificates) };
}

/** EncryptedPrivateKeyInfo has the shape of CMS EncryptedContentInfo: decrypt it the same way. */
async function decryptShroudedKey(bag: pkijs.PKCS8ShroudedKeyBag, password: ArrayBuffer): Promise<Uint8Array> {
  const encrypted = new pkijs.EncryptedData({
    encryptedContentInfo: new pkijs.EncryptedContentInfo({
      contentEncryptionAlgorithm: bag.encryptionAlgorithm,
      encryptedContent: bag.encryptedData,
    }),
  });
  try {
    return new Uint8Array(await encrypted.decrypt({ password }, pki()));
  } catch (e) {
    throw new Pkcs12Error('wrong_passphrase', e);
  }
}

/** The end-entity certificate is the one whose public key matches the private key. */
async function keyCertificateFirst(pkcs8: Uint8Array, certs: pkijs.Certificate[]): Promise<pkijs.Certificate[]> {
  const key = pkijs.PrivateKeyInfo.fromBER(arrayBuffer(pkcs8));
  const rsa = key.parsedKey instanceof pkijs.RSAPrivateKey ? key.parsedKey : undefined;
  const matches = (cert: pkijs.Certificate) => {
    const pub = cert.subjectPublicKeyInfo.parsedKey;
    if (rsa && pub instanceof pkijs.RSAPublicKey)
      return Buffer.from(pub.modulus.valueBlock.valueHexView).equals(Buffer.from(rsa.modulus.valueBlock.valueHexView));
    return false;
  };
  const own = certs.find(matches) ?? certs[0];
  return own ? [own, ...certs.filter((c) => c !== own)] : certs;
}

/**
 * Writes a PKCS#12 the way OpenSSL 3 does by default (PBES2 AES-256-CBC, PBKDF2-SHA-256,
 * HMAC-SHA-256 integrity): used by demo mode, so the demo certificate goes through the same
 * upload path as a real one.
 */
export async function createPkcs12(pkcs8: Uint8Array, certificates: pkijs.Certificate[], passphrase: string) {
  const crypto = pki();
  const password = arrayBuffer(new TextEncoder().encode(passphrase));
  const encryption = {
    password,
    contentEncryptionAlgorithm: { name: 'AES-CBC', length: 256 } as { name: string; length: number },
    hmacHashAlgorithm: 'SHA-256',
    iterationCount: 2048,
  };
  const keyBag = new pkijs.PKCS8ShroudedKeyBag({ parsedValue: pkijs.PrivateKeyInfo.fromBER(arrayBuffer(pkcs8)) });
  await keyBag.makeInternalValues(encryption, crypto);
  const pfx = new pkijs.PFX({
    parsedValue: {
      integrityMode: 0,
      authenticatedSafe: new pkijs.AuthenticatedSafe({
        parsedValue: {
          safeContents: [
            {
              privacyMode: 0,
              value: new pkijs.SafeContents({
                safeBags: [new pkijs.SafeBag({ bagId: OID.shroudedKeyBag, bagValue: keyBag })],
              }),
            },
            {
              privacyMode: 1,
              value: new pkijs.SafeContents({
                safeBags: certificates.map(
                  (cert) =>
                    new pkijs.SafeBag({ bagId: OID.certBag, bagValue: new pkijs.CertBag({ parsedValue: cert }) }),
                ),
              }),
            },
          ],
        },
      }),
    },
  });
  await pfx.parsedValue!.authenticatedSafe!.makeInternalValues({ safeContents: [{}, encryption] }, crypto);
  await pfx.makeInternalValues(
    { password, iterations: 2048, pbkdf2HashAlgorithm: 'SHA-256', hmacHashAlgorithm: 'SHA-256' },
    crypto,
  );
  return new Uint8Array(pfx.toSchema().toBER(false));
}
