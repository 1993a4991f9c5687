import { AppError, type LocalisedText } from '@motcua/core';
import { PDFDocument } from 'pdf-lib';

export type SniffedFile = { mediaType: 'application/pdf' | 'image/jpeg' | 'image/png'; pages: number };

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Identifies a digitised document from its bytes, never from its name or declared type, and
 * checks that it can be read: a PDF must parse and have pages; an image must have its header
 * and its end marker (a truncated scan is refused rather than archived).
 */
export async function sniffFile(bytes: Buffer): Promise<SniffedFile> {
  if (bytes.length === 0) throw refuse(EMPTY);
  if (bytes.length > MAX_FILE_BYTES) throw new AppError('PAYLOAD_TOO_LARGE');
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-')
    return { mediaType: 'application/pdf', pages: await pdfPages(bytes) };
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    if (bytes[bytes.length - 2] !== 0xff || bytes[bytes.length - 1] !== 0xd9) throw refuse(UNREADABLE);
    return { mediaType: 'image/jpeg', pages: 1 };
  }
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    const width = bytes.length >= 24 ? bytes.readUInt32BE(16) : 0;
    const height = bytes.length >= 24 ? bytes.readUInt32BE(20) : 0;
    if (width === 0 || height === 0 || !bytes.subarray(-8, -4).equals(Buffer.from('IEND'))) throw refuse(UNREADABLE);
    return { mediaType: 'image/png', pages: 1 };
  }
  throw refuse(WRONG_TYPE);
}

async function pdfPages(bytes: Buffer): Promise<number> {
  try {
    const pdf = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
    const pages = pdf.getPageCount();
    if (pages < 1) throw new Error('no pages');
    return pages;
  } catch {
    throw refuse(UNREADABLE);
  }
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const refuse = (message: LocalisedText) => new AppError('VALIDATION_FAILED', [{ field: 'body', message }]);
const EMPTY = { vi: 'Tệp rỗng.', en: 'The file is empty.' };
const UNREADABLE = {
  vi: 'Không đọc được tệp (hỏng hoặc không hoàn chỉnh).',
  en: 'The file cannot be read (damaged or incomplete).',
};
const WRONG_TYPE = { vi: 'Chỉ nhận tệp PDF, JPEG hoặc PNG.', en: 'Only PDF, JPEG or PNG files are accepted.' };
