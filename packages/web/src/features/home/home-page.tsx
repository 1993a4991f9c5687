import { ROLE_LABELS, type Me } from '@motcua/core';
import { PageTitle } from '../../components/page-title.js';
import { useLanguage, useMessages } from '../../i18n/language.js';

/** Each role's landing page: who you are here and what your work is (DOMAIN.md §3). */
export function HomePage({ me }: { me: Me }) {
  const t = useMessages();
  const language = useLanguage();
  return (
    <div data-testid={`home-${me.role}`}>
      <PageTitle>{ROLE_LABELS[me.role][language]}</PageTitle>
      <p className="lead">{t.home.greeting(me.fullName)}</p>
      <p>{me.unit ? `${me.unit.name} — ${me.agency.name}` : me.agency.name}</p>
      <h2>{t.home.tasksHeading}</h2>
      <ul className="task-list">
        {t.home.tasks[me.role].map((task) => (
          <li key={task}>{task}</li>
        ))}
      </ul>
    </div>
  );
}
