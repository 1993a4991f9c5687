import { ROLE_LABELS, type Me } from '@motcua/core';
import { Link } from '../../app/router.js';
import { PageTitle } from '../../components/page-title.js';
import { useLanguage, useMessages } from '../../i18n/language.js';
import { QUEUES_BY_ROLE } from '../dossiers/dossier-format.js';
import { CounterDashboard } from './counter-dashboard.js';

/** Each role's landing page: who you are here and what your work is (DOMAIN.md §3). */
export function HomePage({ me }: { me: Me }) {
  const t = useMessages();
  const language = useLanguage();
  const canReadDossiers = me.permissions.includes('dossier:read');
  const queues = canReadDossiers ? QUEUES_BY_ROLE[me.role] : [];
  return (
    <div data-testid={`home-${me.role}`}>
      <PageTitle>{ROLE_LABELS[me.role][language]}</PageTitle>
      <p className="lead">{t.home.greeting(me.fullName)}</p>
      <p>{me.unit ? `${me.unit.name} — ${me.agency.name}` : me.agency.name}</p>
      {me.permissions.includes('dossier:receive') && <CounterDashboard />}
      <h2>{t.home.tasksHeading}</h2>
      <ul className="task-list">
        {t.home.tasks[me.role].map((task) => (
          <li key={task}>{task}</li>
        ))}
      </ul>
      {queues.length > 0 && (
        <>
          <h2>{t.dossiers.home.heading}</h2>
          <ul className="task-list" data-testid="home-queues">
            {me.permissions.includes('dossier:receive') && (
              <li>
                <Link to="/tiep-nhan-ho-so">{t.dossiers.home.receive}</Link>
              </li>
            )}
            {queues.map((queue) => (
              <li key={queue}>
                <Link to={`/ho-so?queue=${queue}`}>{t.dossiers.queues[queue]}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
