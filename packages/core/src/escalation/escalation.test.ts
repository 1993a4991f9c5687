import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/working-calendar.js';
import {
  escalationDueAt,
  ESCALATION_STATUSES,
  isEscalationOverdue,
  nextEscalationStatus,
  startsSlaPeriod,
} from './escalation.js';

const calendar = createWorkingCalendar({
  offsetMinutes: 420,
  windows: [
    { start: '07:00', end: '11:30' },
    { start: '13:30', end: '17:00' },
  ],
  days: [{ date: '2026-04-27', kind: 'day_off' }],
});

describe('escalation status', () => {
  it('moves open → answered → resolved → open and refuses moves on a closed thread', () => {
    expect(nextEscalationStatus('open', 'answer')).toBe('answered');
    expect(nextEscalationStatus('answered', 'follow_up')).toBe('open');
    expect(nextEscalationStatus('answered', 'resolve')).toBe('resolved');
    expect(nextEscalationStatus('resolved', 'reopen')).toBe('open');
    expect(nextEscalationStatus('resolved', 'answer')).toBeNull();
    expect(nextEscalationStatus('resolved', 'follow_up')).toBeNull();
    expect(nextEscalationStatus('resolved', 'resolve')).toBeNull();
    expect(nextEscalationStatus('open', 'reopen')).toBeNull();
    expect(nextEscalationStatus('answered', 'reopen')).toBeNull();
  });

  it('starts a new SLA period only when the question goes back to the focal officer', () => {
    expect(startsSlaPeriod('answered', 'open')).toBe(true);
    expect(startsSlaPeriod('resolved', 'open')).toBe(true);
    expect(startsSlaPeriod('open', 'open')).toBe(false);
    expect(startsSlaPeriod('open', 'answered')).toBe(false);
  });

  it('is overdue only while open and after the due time', () => {
    const due = new Date('2026-01-12T09:00:00Z');
    const after = new Date('2026-01-12T09:00:01Z');
    expect(isEscalationOverdue('open', due, after)).toBe(true);
    expect(isEscalationOverdue('open', due, due)).toBe(false);
    for (const s of ESCALATION_STATUSES.filter((x) => x !== 'open'))
      expect(isEscalationOverdue(s, due, after)).toBe(false);
  });
});

describe('escalation due time in working hours', () => {
  it('carries a Friday 16:30 question to the next working day (Monday 16:30)', () => {
    const friday = new Date('2026-01-09T09:30:00Z'); // 16:30 in Việt Nam
    expect(escalationDueAt(calendar, friday, 8).toISOString()).toBe('2026-01-12T09:30:00.000Z');
  });

  it('skips the lunch break and days off', () => {
    // Friday 24 Apr 2026 10:00 + 8 h: 1.5 h before lunch, 3.5 h after, Monday 27 Apr is a day off,
    // so the remaining 3 h end Tuesday 10:00.
    expect(escalationDueAt(calendar, new Date('2026-04-24T03:00:00Z'), 8).toISOString()).toBe(
      '2026-04-28T03:00:00.000Z',
    );
  });

  it('honours a configured SLA of a few hours', () => {
    expect(escalationDueAt(calendar, new Date('2026-01-12T00:00:00Z'), 2).toISOString()).toBe(
      '2026-01-12T02:00:00.000Z',
    );
  });
});
