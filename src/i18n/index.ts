import i18next from 'i18next';
import { useEffect, useState } from 'preact/hooks';
/**
 * Strings live in one JSON file per feature area (locales/<lng>/<area>.json) so features can
 * grow their wording without touching each other's files; they merge into one namespace.
 */
const files = import.meta.glob<Record<string, unknown>>('./locales/en/*.json', { eager: true, import: 'default' });
export const en: Record<string, unknown> = Object.assign({}, ...Object.values(files));

/** i18next is the one source of UI words; components read them through `useT()`. */
export const i18n = i18next.createInstance();

export async function initI18n(lng = 'en'): Promise<void> {
  await i18n.init({
    lng,
    fallbackLng: 'en',
    resources: { en: { translation: en } },
    interpolation: { escapeValue: false }, // Preact renders text nodes, so escaping here would double it.
    returnNull: false,
  });
  document.documentElement.lang = i18n.language === 'en' ? 'en-GB' : i18n.language;
  document.documentElement.dir = i18n.dir(i18n.language);
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

export function formatDate(iso: string, style: 'long' | 'month' = 'long'): string {
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : i18n.language, style === 'month' ? { month: 'long', year: 'numeric' } : { day: 'numeric', month: 'long', year: 'numeric' }).format(d);
}
