import { useState } from 'preact/hooks';
import { LANGUAGES, i18n, setLanguage, useT, type Language } from '../i18n/index.ts';

/** Each language named in its own script and marked with its own lang, so it is read correctly. */
export function LanguageChooser({ offered }: { offered: readonly string[] }) {
  const t = useT();
  const [current, setCurrent] = useState(i18n.language as Language);
  const [failed, setFailed] = useState(false);
  const choose = async (lng: Language) => {
    try {
      await setLanguage(lng);
      setCurrent(lng);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  return (
    <fieldset class="fieldset" id="language">
      <legend class="legend">{t('settings.language')}</legend>
      <div class="choices">
        {LANGUAGES.filter((l) => offered.includes(l)).map((l) => (
          <label key={l} class="choice">
            <input type="radio" name="language" value={l} checked={current === l} onChange={() => void choose(l)} />
            <span lang={l} dir={l === 'ur' ? 'rtl' : 'ltr'}>
              {t(`languages.${l}`, { lng: l })}
            </span>
          </label>
        ))}
      </div>
      {failed && (
        <p class="error-text" role="alert">
          {t('settings.languageFailed')}
        </p>
      )}
    </fieldset>
  );
}
