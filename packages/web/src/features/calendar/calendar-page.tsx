import { PageTitle } from '../../components/page-title.js';
import { EscalationSlaSection } from '../escalations/escalation-sla-section.js';
import { PrintButton } from '../../components/print-button.js';
import { useMessages } from '../../i18n/language.js';
import { CalendarDaysSection } from './calendar-days-section.js';
import { DueDateTool } from './due-date-tool.js';
import { WorkingWindowsSection } from './working-windows-section.js';

/** "Lịch làm việc": every staff member reads it; the administrator maintains it (DOMAIN.md §7). */
export function CalendarPage({ canManage }: { canManage: boolean }) {
  const t = useMessages();
  return (
    <>
      <div className="toolbar">
        <PageTitle>{t.calendar.title}</PageTitle>
        <PrintButton />
      </div>
      <p>{t.calendar.intro}</p>
      <CalendarDaysSection canManage={canManage} />
      <WorkingWindowsSection canManage={canManage} />
      <DueDateTool />
      <EscalationSlaSection canManage={canManage} />
    </>
  );
}
