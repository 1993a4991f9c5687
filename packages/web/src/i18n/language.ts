import { useSyncExternalStore } from 'react';
import type { Language } from '@motcua/core';
import { en } from './en.js';
import { vi, type Messages } from './vi.js';

const MESSAGES: Record<Language, Messages> = { vi, en };
const STORAGE_KEY = 'motcua.language';

/*
 * The language lives outside React so the API client can send `Accept-Language` with the
 * same value the screen shows, without threading it through every call.
 */
let current: Language = readStoredLanguage();
const listeners = new Set<() => void>();

function readStoredLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    // Storage can be blocked (private mode, policy); Vietnamese is the default anyway.
    return 'vi';
  }
}

export function getLanguage(): Language {
  return current;
}

export function setLanguage(language: Language): void {
  current = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered across visits, but the switch still works for this page.
  }
  document.documentElement.lang = language;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLanguage(): Language {
  return useSyncExternalStore(subscribe, getLanguage);
}

export function messagesFor(language: Language): Messages {
  return MESSAGES[language];
}

export function useMessages(): Messages {
  return MESSAGES[useLanguage()];
}
