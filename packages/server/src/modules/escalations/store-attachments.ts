import { AppError, ESCALATION_MAX_FILE_BYTES } from '@motcua/core';
import type { FileStore } from '../../storage/file-store.js';
import { sniffFile } from '../dossiers/sniff-file.js';
import type { StoredAttachment } from './escalations.repository.js';

/**
 * Checks and stores the files of one message before its transaction: each must be a readable
 * PDF, JPEG or PNG (sniffed from the bytes, as for digitised documents) within the size cap. The
 * store is content-addressed and immutable, so a rolled-back message leaves at most an
 * unreferenced blob, never a wrong one.
 */
export async function storeAttachments(
  files: FileStore,
  uploads: readonly { filename: string; contentBase64: string }[],
): Promise<StoredAttachment[]> {
  const checked = await Promise.all(
    uploads.map(async (upload, i) => {
      const bytes = Buffer.from(upload.contentBase64, 'base64');
      if (bytes.length > ESCALATION_MAX_FILE_BYTES)
        throw new AppError('VALIDATION_FAILED', [
          {
            field: `body.attachments.${i}`,
            message: {
              vi: `Tệp quá lớn (tối đa ${ESCALATION_MAX_FILE_BYTES / 1024 / 1024} MB).`,
              en: `The file is too large (at most ${ESCALATION_MAX_FILE_BYTES / 1024 / 1024} MB).`,
            },
          },
        ]);
      try {
        const sniffed = await sniffFile(bytes);
        return { upload, bytes, mediaType: sniffed.mediaType };
      } catch (error) {
        // Name the attachment, not the whole body, in the error.
        if (error instanceof AppError && error.details)
          throw new AppError(
            error.code,
            error.details.map((d) => ({ ...d, field: `body.attachments.${i}` })),
          );
        throw error;
      }
    }),
  );
  const stored: StoredAttachment[] = [];
  for (const c of checked) {
    const { sha256 } = await files.put(c.bytes);
    stored.push({ filename: c.upload.filename, mediaType: c.mediaType, sizeBytes: c.bytes.length, sha256 });
  }
  return stored;
}
