import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useMessages } from '../../i18n/language.js';
import type { QueueName } from './dossier-api.js';

interface QueueTabsProps {
  queues: readonly QueueName[];
  current: QueueName;
  onChange: (queue: QueueName) => void;
  children: ReactNode;
}

/**
 * The role's queues as tabs (WAI-ARIA tabs pattern): one tab stop, arrow keys move between
 * tabs and select them, Home and End jump to the ends.
 */
export function QueueTabs({ queues, current, onChange, children }: QueueTabsProps) {
  const t = useMessages().dossiers;
  const id = useId();
  const tabs = useRef<Map<QueueName, HTMLButtonElement>>(new Map());
  const tabId = (queue: QueueName) => `${id}-tab-${queue}`;
  const panelId = `${id}-panel`;

  function handleKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const index = queues.indexOf(current);
    const targets: Partial<Record<string, number>> = {
      ArrowRight: (index + 1) % queues.length,
      ArrowLeft: (index - 1 + queues.length) % queues.length,
      Home: 0,
      End: queues.length - 1,
    };
    const target = targets[event.key];
    const queue = target === undefined ? undefined : queues[target];
    if (!queue) return;
    event.preventDefault();
    onChange(queue);
    tabs.current.get(queue)?.focus();
  }

  return (
    <>
      <div role="tablist" aria-label={t.list.queuesLabel} className="queue-tabs no-print">
        {queues.map((queue) => (
          <button
            key={queue}
            ref={(element) => {
              if (element) tabs.current.set(queue, element);
              else tabs.current.delete(queue);
            }}
            type="button"
            role="tab"
            id={tabId(queue)}
            aria-selected={queue === current}
            aria-controls={panelId}
            tabIndex={queue === current ? 0 : -1}
            onClick={() => onChange(queue)}
            onKeyDown={handleKeyDown}
          >
            {t.queues[queue]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(current)}>
        {children}
      </div>
    </>
  );
}
