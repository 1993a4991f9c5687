import {
  ESCALATION_MAX_FILES,
  type EscalationCategory,
  type EscalationDetail,
  type EscalationStatus,
  type EscalationSummary,
} from '@motcua/core';
import { ApiError } from '../../api/client.js';

export type { EscalationCategory, EscalationDetail, EscalationStatus, EscalationSummary };

export interface EscalationListResponse {
  items: EscalationSummary[];
  total: number;
  overdue: number;
  page: number;
  pageSize: number;
}

export interface EscalationAnswerItem {
  id: string;
  reference: string;
  category: EscalationCategory;
  procedureCode: string | null;
  procedureName: string | null;
  title: string;
  question: string;
  answer: string;
  resolvedAt: string;
}

export type AttachmentUpload = { filename: string; contentBase64: string };

/** The chosen files as the JSON body carries them: name and base64 bytes. */
export async function readAttachments(files: FileList | null): Promise<AttachmentUpload[]> {
  const list = Array.from(files ?? []);
  if (list.length > ESCALATION_MAX_FILES) throw new RangeError('too many files');
  return Promise.all(
    list.map(
      (file) =>
        new Promise<AttachmentUpload>((resolve, reject) => {
          const reader = new FileReader();
          reader.onload = () => {
            const url = String(reader.result);
            resolve({ filename: file.name, contentBase64: url.slice(url.indexOf(',') + 1) });
          };
          reader.onerror = () => reject(reader.error ?? new Error('cannot read file'));
          reader.readAsDataURL(file);
        }),
    ),
  );
}

/** The server's message and each field's problem, as one sentence list for an alert. */
export function failureText(error: unknown, fallback: string): string {
  if (!(error instanceof ApiError)) return fallback;
  return [error.message, ...error.details.map((d) => d.message)].join(' ');
}

export const escalationHref = (id: string) => `/vuong-mac/${id}`;
