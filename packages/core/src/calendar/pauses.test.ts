import { describe, expect, it } from 'vitest';
import { addWorkingDays, addWorkingTime } from './deadline.js';
import { at, local, vn, WORKING_DAY } from './fixtures/calendars.js';
import { extendByPauses, type Pause } from './pauses.js';

const received = at('2026-01-12 07:00'); // Monday; 5 working days → Friday 16 January 17:00

function pause(from: string, to?: string): Pause {
  return { from: at(from), to: to === undefined ? undefined : at(to) };
}

describe('pauses in addWorkingDays', () => {
  it('moves the appointment later by a supplement pause of 2 working days', () => {
    const pauses = [pause('2026-01-13 07:00', '2026-01-15 07:00')];
    expect(local(addWorkingDays(vn, received, 5, pauses))).toBe('2026-01-20T17:00:00+07:00');
    expect(local(extendByPauses(vn, addWorkingDays(vn, received, 5), pauses))).toBe('2026-01-20T17:00:00+07:00');
  });

  it('counts only the working time of a pause across a weekend', () => {
    // Friday 13:30 → Monday 11:30 is 3.5 h + 4.5 h = one working day.
    const pauses = [pause('2026-01-16 13:30', '2026-01-19 11:30')];
    expect(local(addWorkingDays(vn, received, 10))).toBe('2026-01-23T17:00:00+07:00');
    expect(local(addWorkingDays(vn, received, 10, pauses))).toBe('2026-01-26T17:00:00+07:00');
  });

  it('counts only the working time of a pause across Tết', () => {
    // Friday 13 February 16:00 → Monday 23 February 08:00 is 1 h + 1 h.
    const pauses = [pause('2026-02-13 16:00', '2026-02-23 08:00')];
    expect(local(addWorkingTime(vn, at('2026-02-12 07:00'), 3 * WORKING_DAY, pauses))).toBe(
      '2026-02-24T09:00:00+07:00',
    );
  });

  it('leaves the appointment alone for a pause outside working hours', () => {
    const pauses = [pause('2026-01-17 08:00', '2026-01-18 20:00')];
    expect(local(addWorkingDays(vn, received, 5, pauses))).toBe('2026-01-16T17:00:00+07:00');
  });

  it('merges overlapping pauses instead of counting their overlap twice', () => {
    const pauses = [pause('2026-01-14 07:00', '2026-01-15 17:00'), pause('2026-01-13 07:00', '2026-01-14 17:00')];
    expect(local(addWorkingDays(vn, received, 5, pauses))).toBe('2026-01-21T17:00:00+07:00');
  });

  it('also counts a pause that begins after the original appointment but before the moved one', () => {
    const pauses = [pause('2026-01-15 07:00', '2026-01-15 17:00'), pause('2026-01-19 07:00', '2026-01-19 17:00')];
    expect(local(addWorkingDays(vn, received, 5, pauses))).toBe('2026-01-20T17:00:00+07:00');
  });

  it('ignores a pause that began after the appointment: a late supplement request hides no lateness', () => {
    const late = [pause('2026-01-19 08:00', '2026-01-21 08:00')];
    expect(local(addWorkingDays(vn, received, 5, late))).toBe('2026-01-16T17:00:00+07:00');
    const atDue = [pause('2026-01-16 17:00')];
    expect(local(addWorkingDays(vn, received, 5, atDue))).toBe('2026-01-16T17:00:00+07:00');
  });

  it('ignores working time paused before the clock started', () => {
    const before = [pause('2026-01-09 07:00', '2026-01-12 07:00')];
    expect(local(addWorkingDays(vn, received, 5, before))).toBe('2026-01-16T17:00:00+07:00');
    // Straddling the receipt: only Monday 07:00–09:00 counts as paused.
    const straddling = [pause('2026-01-09 07:00', '2026-01-12 09:00')];
    expect(local(addWorkingDays(vn, received, 5, straddling))).toBe('2026-01-19T09:00:00+07:00');
  });

  it('returns null while a pause that began before the appointment is still open', () => {
    expect(addWorkingDays(vn, received, 5, [pause('2026-01-14 10:00')])).toBeNull();
    expect(extendByPauses(vn, at('2026-01-16 17:00'), [pause('2026-01-14 10:00')])).toBeNull();
  });

  it('gives the same answer with no pauses and with an empty list', () => {
    expect(addWorkingDays(vn, received, 5, [])).toEqual(addWorkingDays(vn, received, 5));
  });

  it('rejects a pause that ends before it starts', () => {
    expect(() => addWorkingDays(vn, received, 5, [pause('2026-01-14 10:00', '2026-01-13 10:00')])).toThrow(
      /must end after it starts/,
    );
    expect(() => extendByPauses(vn, received, [{ from: new Date('x') }])).toThrow(/valid date/);
  });
});

describe('extendByPauses', () => {
  it('moves an appointment later by the paused working time, from its own instant', () => {
    const dueAt = at('2026-01-13 11:30');
    const pauses = [pause('2026-01-12 16:00', '2026-01-13 08:00')]; // 1 h + 1 h
    expect(local(extendByPauses(vn, dueAt, pauses))).toBe('2026-01-13T15:30:00+07:00');
  });

  it('keeps an appointment at 17:00 when nothing is paused, instead of rolling it to 07:00', () => {
    expect(local(extendByPauses(vn, at('2026-01-16 17:00'), []))).toBe('2026-01-16T17:00:00+07:00');
    const zero = [pause('2026-01-14 10:00', '2026-01-14 10:00')];
    expect(local(extendByPauses(vn, at('2026-01-16 17:00'), zero))).toBe('2026-01-16T17:00:00+07:00');
  });

  it('crosses Tết when the paused time spills past the last working day before it', () => {
    expect(local(extendByPauses(vn, at('2026-02-13 16:00'), [pause('2026-02-12 07:00', '2026-02-12 09:00')]))).toBe(
      '2026-02-23T08:00:00+07:00',
    );
  });
});
