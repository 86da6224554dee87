import i18next from 'i18next';
import { useEffect, useState } from 'preact/hooks';

/**
 * Strings live in one JSON file per feature area (locales/<lng>/<area>.json) so features can
 * grow their wording without touching each other's files; they merge into one namespace.
 * English is bundled (it is also the fallback); each other language loads on demand as one
 * chunk (locales/<lng>/index.ts), which the service worker precaches so switching works offline.
 */
const englishFiles = import.meta.glob<Record<string, unknown>>('./locales/en/*.json', { eager: true, import: 'default' });
export const en: Record<string, unknown> = Object.assign({}, ...Object.values(englishFiles));
const otherLanguages = import.meta.glob<Record<string, unknown>>('./locales/*/index.ts', { import: 'default' });

export const LANGUAGES = ['en', 'cy', 'pl', 'pa', 'ur'] as const;
export type Language = (typeof LANGUAGES)[number];
const LANGUAGE_KEY = 'local-support:language';

/** i18next is the one source of UI words; components read them through `useT()`. */
export const i18n = i18next.createInstance();

async function loadLanguage(lng: Language): Promise<void> {
  if (lng === 'en' || i18n.hasResourceBundle(lng, 'translation')) return;
  const load = otherLanguages[`./locales/${lng}/index.ts`];
  if (!load) throw new Error(`No strings for ${lng}`);
  i18n.addResourceBundle(lng, 'translation', await load(), true, true);
}

export function storedLanguage(): Language {
  try {
    const l = localStorage.getItem(LANGUAGE_KEY);
    return LANGUAGES.includes(l as Language) ? (l as Language) : 'en';
  } catch {
    return 'en';
  }
}

function applyDocumentLanguage(): void {
  document.documentElement.lang = i18n.language === 'en' ? 'en-GB' : i18n.language;
  document.documentElement.dir = i18n.dir(i18n.language);
}

export async function initI18n(lng: Language = storedLanguage()): Promise<void> {
  await i18n.init({
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    resources: { en: { translation: en } },
    interpolation: { escapeValue: false }, // Preact renders text nodes, so escaping here would double it.
    returnNull: false,
  });
  if (lng !== 'en') {
    try {
      await loadLanguage(lng);
      await i18n.changeLanguage(lng);
    } catch {
      // The language's file could not load (offline before it was cached): carry on in English.
    }
  }
  applyDocumentLanguage();
}

/** Switches the whole interface, remembers the choice on this device, and updates <html lang dir>. */
export async function setLanguage(lng: Language): Promise<void> {
  await loadLanguage(lng);
  await i18n.changeLanguage(lng);
  applyDocumentLanguage();
  try {
    localStorage.setItem(LANGUAGE_KEY, lng);
  } catch {
    // Private mode: the choice lasts until the page closes.
  }
}

/** The translate function, re-rendering the component when the language changes. */
export function useT(): typeof i18n.t {
  const [, setLng] = useState(i18n.language);
  useEffect(() => {
    const on = (l: string) => setLng(l);
    i18n.on('languageChanged', on);
    return () => i18n.off('languageChanged', on);
  }, []);
  return i18n.t.bind(i18n);
}

/** The BCP 47 tag for Intl: British English, and the others as they are. */
export function intlLocale(): string {
  return i18n.language === 'en' ? 'en-GB' : i18n.language;
}

// Building a date formatter with a time zone is slow (a results page formats a date per card),
// so each locale and style gets one.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDate(iso: string, style: 'long' | 'month' = 'long'): string {
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  const key = `${intlLocale()}|${style}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(), style === 'month' ? { month: 'long', year: 'numeric', timeZone: 'Europe/London' } : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
    dateFormats.set(key, f);
  }
  return f.format(d);
}
