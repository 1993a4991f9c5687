import type { Config } from '../../config.js';
import type { FileStore } from '../../storage/file-store.js';
import { loadSecretBox, type SecretBox } from '../signing/secret-box.js';

/**
 * What issuing a result needs beyond the transaction: the file store, the key that opens the
 * certificate's passphrase, and the public address printed in the QR code. `takeAction` receives
 * only the database, so the app binds these once when it is built (`registerResultRoutes`).
 * Before that — the demo seed runs its dossiers before the app exists — no result is issued;
 * the demo adds its signed results afterwards (`seedDemoResults`).
 */
export type ResultServices = { files: FileStore; secrets: () => SecretBox; publicUrl: string };

let bound: ResultServices | undefined;

export function bindResultServices(files: FileStore, config: Config): ResultServices {
  let secrets: SecretBox | undefined;
  bound = {
    files,
    // Loaded on first use: creating DATA_DIR/signing-key is needed only once signing is set up.
    secrets: () => (secrets ??= loadSecretBox(config)),
    publicUrl: config.publicUrl,
  };
  return bound;
}

export function boundResultServices(): ResultServices | undefined {
  return bound;
}
