import { useMessages } from '../../i18n/language.js';
import type { Timing } from './dossier-api.js';

/** Marks that carry the meaning in shape as well as colour, for readers who cannot tell colours apart. */
const MARKS: Record<Timing | 'paused', string> = {
  early: '✓',
  on_time: '✓',
  late: '!',
  within_time: '○',
  due_soon: '◔',
  overdue: '!',
  paused: 'Ⅱ',
};

/** How a dossier stands against its appointment, in words; colour only repeats them. */
export function TimingBadge({
  timing,
  isPaused,
  testId = 'timing-badge',
}: {
  timing: Timing | null;
  isPaused: boolean;
  testId?: string;
}) {
  const t = useMessages().dossiers;
  const kind = isPaused && timing !== 'early' && timing !== 'on_time' && timing !== 'late' ? 'paused' : timing;
  if (!kind) return null;
  const label = kind === 'paused' ? t.paused : t.timing[kind];
  return (
    <span className={`badge timing timing-${kind}`} data-testid={testId}>
      <span aria-hidden="true">{MARKS[kind]} </span>
      {label}
    </span>
  );
}
