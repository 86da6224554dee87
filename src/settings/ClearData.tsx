import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n/index.ts';
import { countPersonal } from '../storage/index.ts';
import { clearEverythingPersonal } from '../saved/clear.ts';
import { SavedFileTools } from '../saved/SavedFileTools.tsx';
import '../saved/saved.css';

type Counts = Awaited<ReturnType<typeof countPersonal>>;

/**
 * "Your information on this device": save a copy, bring one back, or clear it all. The
 * confirmation lists exactly what goes, with numbers, and what stays (the directory and the map),
 * so nobody fears losing the app itself. Focus moves to the question, then to the result.
 */
export function ClearData() {
  const t = useT();
  const [counts, setCounts] = useState<Counts | undefined>();
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  const askRef = useRef<HTMLHeadingElement>(null);
  const doneRef = useRef<HTMLSpanElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (counts) askRef.current?.focus();
    else if (returnFocus.current) openRef.current?.focus();
    returnFocus.current = false;
  }, [counts]);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const ask = async () => {
    setDone('');
    setCounts(await countPersonal());
  };
  const clear = async () => {
    setBusy(true);
    try {
      await clearEverythingPersonal();
      setCounts(undefined);
      setDone(t('clearData.done'));
    } catch {
      setDone(t('clearData.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="saved-section" aria-labelledby="your-data-title" id="your-data">
      <h2 id="your-data-title">{t('clearData.sectionTitle')}</h2>
      <p>{t('clearData.sectionIntro')}</p>
      <SavedFileTools headingLevel={3} />
      <h3 id="clear-data-title">{t('clearData.title')}</h3>
      <p>{t('clearData.intro')}</p>
      {!counts ? (
        <p>
          <button type="button" class="button button--danger" ref={openRef} onClick={ask}>
            {t('clearData.button')}
          </button>
        </p>
      ) : (
        <div class="confirm" role="group" aria-labelledby="clear-data-ask">
          <h4 id="clear-data-ask" tabIndex={-1} ref={askRef}>
            {t('clearData.askTitle')}
          </h4>
          <ul>
            <li>{t('clearData.items', { count: counts.items })}</li>
            <li>{t('clearData.lists', { count: Math.max(counts.lists - (counts.lists > 0 ? 1 : 0), 0) })}</li>
            <li>{t('clearData.notes', { count: counts.notes })}</li>
            <li>{t('clearData.tracker', { count: counts.tracker })}</li>
            <li>{t('clearData.settings')}</li>
            <li>{t('clearData.searches')}</li>
          </ul>
          <p>{t('clearData.stays')}</p>
          <p>
            <strong>{t('clearData.noUndo')}</strong>
          </p>
          <div class="button-row">
            <button type="button" class="button button--danger" disabled={busy} onClick={clear}>
              {t('clearData.confirm')}
            </button>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                returnFocus.current = true;
                setCounts(undefined);
              }}
            >
              {t('saved.cancel')}
            </button>
          </div>
        </div>
      )}
      <p role="status" class="save__status">
        <span tabIndex={-1} ref={doneRef}>
          {done}
        </span>
      </p>
    </section>
  );
}
