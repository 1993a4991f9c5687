import { describe, expect, it } from 'vitest';
import { AppError } from '@motcua/core';
import { sniffFile } from './sniff-file.js';

const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xff, 0xd9]);

describe('sniffFile', () => {
  it('recognises a JPEG from its bytes and refuses one cut short', async () => {
    await expect(sniffFile(jpeg)).resolves.toEqual({ mediaType: 'image/jpeg', pages: 1 });
    await expect(sniffFile(jpeg.subarray(0, 8))).rejects.toBeInstanceOf(AppError);
  });

  it('refuses a PDF header without a document behind it', async () => {
    await expect(sniffFile(Buffer.from('%PDF-1.7\nnot really'))).rejects.toThrow(/VALIDATION_FAILED/);
  });

  it('refuses text dressed as an image', async () => {
    await expect(sniffFile(Buffer.from('GIF89a...'))).rejects.toThrow(/VALIDATION_FAILED/);
  });
});
