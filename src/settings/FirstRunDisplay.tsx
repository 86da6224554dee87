import { useState } from 'preact/hooks';
import { useT } from '../i18n/index.ts';
import { DisplaySettingsForm } from './DisplaySettingsForm.tsx';

const OFFERED_KEY = 'local-support:display-offered';

function offered(): boolean {
  try {
    return localStorage.getItem(OFFERED_KEY) === '1';
  } catch {
    return true;
  }
}

/** Offered once, on the first screen, because many people never open a settings page. */
export function FirstRunDisplay() {
  const t = useT();
  const [open, setOpen] = useState(() => !offered());
  if (!open) return null;
  const done = () => {
    try {
      localStorage.setItem(OFFERED_KEY, '1');
    } catch {
      // Shown again next time: harmless.
    }
    setOpen(false);
  };
  return (
    <section class="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">{t('display.firstRunTitle')}</h2>
      <p>{t('display.firstRunIntro')}</p>
      <DisplaySettingsForm compact idPrefix="first-run" />
      <div class="button-row">
        <button type="button" class="button" onClick={done}>
          {t('display.firstRunDone')}
        </button>
        <a class="button button--secondary" href="/settings#text-size" onClick={done}>
          {t('display.moreSettings')}
        </a>
      </div>
    </section>
  );
}
