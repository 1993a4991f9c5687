import type { Language } from '@motcua/core';
import { setLanguage, useLanguage, useMessages } from '../i18n/language.js';

// Each language is named in itself, so a reader finds theirs whatever the current language.
const OPTIONS: readonly { language: Language; label: string }[] = [
  { language: 'vi', label: 'Tiếng Việt' },
  { language: 'en', label: 'English' },
];

export function LanguageSwitch() {
  const current = useLanguage();
  const t = useMessages();
  return (
    <div className="language-switch" role="group" aria-label={t.common.languageGroup}>
      {OPTIONS.map(({ language, label }) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={current === language}
          onClick={() => setLanguage(language)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
