import { describe, expect, it } from 'vitest';
import { countChannelFigures, type ChannelEvent } from './channel-figures.js';

const ev = (dossierId: string, action: string, over: Partial<ChannelEvent> = {}): ChannelEvent => ({
  dossierId,
  action,
  channel: 'counter',
  returnMethod: 'counter',
  actorRole: 'counter_clerk',
  ...over,
});

describe('channel figures', () => {
  it('counts receptions by channel and returns by method, ignoring other events', () => {
    const f = countChannelFigures([
      ev('a', 'receive'),
      ev('b', 'receive', { channel: 'post' }),
      ev('c', 'accept_online', { channel: 'online' }),
      ev('c', 'submit_online', { channel: 'online' }),
      ev('a', 'transfer_to_unit'),
      ev('a', 'return_result', { returnMethod: 'post' }),
      ev('d', 'return_result', { returnMethod: 'electronic' }),
    ]);
    expect(f.received).toEqual({ counter: 1, post: 1, online: 1, total: 3 });
    expect(f.returned).toEqual({ counter: 0, post: 1, electronic: 1, total: 2 });
  });

  it('counts a dossier received and returned by postal staff once in "handled"', () => {
    const f = countChannelFigures([
      ev('a', 'receive'),
      ev('a', 'return_result'),
      ev('b', 'receive', { actorRole: 'courier', channel: 'post' }),
      ev('c', 'return_result'),
      // Recorded by someone who is not postal staff: counted in the totals only.
      ev('d', 'accept_online', { actorRole: 'specialist', channel: 'online' }),
      ev('e', 'return_result', { actorRole: 'records_officer', returnMethod: 'electronic' }),
    ]);
    expect(f.postalStaff).toEqual({ received: 2, returned: 2, handled: 3 });
    expect(f.received.total).toBe(3);
    expect(f.returned.total).toBe(3);
  });

  it('never counts a repeated event twice', () => {
    const f = countChannelFigures([
      ev('a', 'receive'),
      ev('a', 'receive'),
      ev('a', 'return_result'),
      ev('a', 'return_result'),
    ]);
    expect(f.received.total).toBe(1);
    expect(f.returned.total).toBe(1);
    expect(f.postalStaff.handled).toBe(1);
  });

  it('gives zeros for an empty period', () => {
    expect(countChannelFigures([]).postalStaff).toEqual({ received: 0, returned: 0, handled: 0 });
  });
});
