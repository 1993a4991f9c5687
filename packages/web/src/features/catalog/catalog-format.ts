import type { ProcessingTime } from '@motcua/core';
import type { Messages } from '../../i18n/vi.js';
import { formatDateTime } from '../../lib/format-date.js';

type CatalogMessages = Messages['catalog'];

// Amounts and durations are written the Vietnamese way (500.000 đ, 0,5 ngày) in both
// languages, like dates: they are legal figures quoted from the announcement decision.
const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** 500000 → "500.000 đ". */
export function formatMoney(amountVnd: number): string {
  return `${NUMBER.format(amountVnd)} đ`;
}

/** "20 ngày làm việc", or "Giải quyết trong ngày" for 0. */
export function formatDuration(time: ProcessingTime, t: CatalogMessages): string {
  if (time.total === 0) return t.procedure.sameDay;
  return `${NUMBER.format(time.total)} ${t.procedure.timeUnits[time.unit]}`;
}

/** An instant (ISO, any offset) as its date in Vietnam: 2026-03-14T17:00:00Z → 15/03/2026. */
export function formatInstantDate(isoInstant: string): string {
  return formatDateTime(isoInstant).slice(0, 10);
}

/** An instant as "HH:mm dd/MM/yyyy", the way appointment slips write it. */
export function formatAppointment(isoInstant: string): string {
  const [date, time] = formatDateTime(isoInstant).split(' ');
  return `${time ?? ''} ${date ?? ''}`.trim();
}

/**
 * A content path from the server ("fees.items.0.amountVnd") in words ("Phí, lệ phí › Khoản
 * thu 1 › Mức thu"). Unknown segments are kept as they are rather than dropped.
 */
export function pathLabel(path: string, t: CatalogMessages): string {
  const labels: string[] = [];
  let pattern = '';
  for (const segment of path.split('.')) {
    const isIndex = /^\d+$/.test(segment);
    pattern = pattern ? `${pattern}.${isIndex ? '#' : segment}` : segment;
    const label = t.pathLabels[pattern];
    if (isIndex) {
      const n = Number(segment) + 1;
      if (label) labels.push(`${label} ${n}`);
      else if (labels.length > 0) labels[labels.length - 1] = `${labels[labels.length - 1]} ${n}`;
      else labels.push(String(n));
    } else if (label === undefined) {
      labels.push(segment);
    } else if (label) {
      labels.push(label);
    }
  }
  return labels.join(' › ');
}

type Leaf = string | number | boolean | null | undefined;

/** A diff value in words: enums by their label, amounts in đồng, booleans as Có/Không. */
export function formatLeaf(path: string, value: Leaf, messages: Messages): string {
  const t = messages.catalog;
  if (value === undefined) return t.decision.noValue;
  if (value === null || value === '') return t.decision.emptyValue;
  if (value === '[]') return t.decision.emptyList;
  if (typeof value === 'boolean') return value ? messages.common.yes : messages.common.no;
  const pattern = path.replace(/\.\d+(?=\.|$)/g, '.#');
  if (typeof value === 'number') return pattern.endsWith('amountVnd') ? formatMoney(value) : formatNumber(value);
  const lookups: Record<string, Record<string, string>> = {
    level: t.procedure.levels,
    'applicantTypes.#': t.procedure.applicants,
    'channels.online': t.procedure.onlineLevels,
    'documents.#.form': t.procedure.documentForms,
    'processingTime.unit': t.procedure.timeUnits,
    'fees.items.#.kind': t.procedure.feeKinds,
  };
  return lookups[pattern]?.[value] ?? value;
}
