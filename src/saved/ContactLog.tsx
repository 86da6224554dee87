import { useRef, useState } from 'preact/hooks';
import { LIMITS } from '../core/saved-file.ts';
import { formatDate, useT } from '../i18n/index.ts';
import { setTracker, type SavedItem, type TrackerEntry, type TrackerStatus } from '../storage/index.ts';
import { reloadSaved } from './store.ts';
import { cardId, todayKey } from './describe.ts';
import { ErrorSummary, FieldMessage, type FieldError } from './ErrorSummary.tsx';

/** "Phoned, call back Friday": short dated lines, newest last, each removable. Saved as added. */
export function ContactLog({ item, entry, status }: { item: SavedItem; entry?: TrackerEntry; status?: TrackerStatus }) {
  const t = useT();
  const id = `${cardId(item)}-log`;
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [message, setMessage] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const log = entry?.log ?? [];

  const write = async (next: TrackerEntry['log']) => {
    // Only the log changes here: an unsaved status or date in the form above stays unsaved.
    await setTracker({ id: item.id, status: entry?.status ?? status ?? 'want-to-try', next: entry?.next, log: next, updatedAt: new Date().toISOString() });
    await reloadSaved();
  };
  const add = async (e: Event) => {
    e.preventDefault();
    const v = text.trim();
    const problem = !v ? t('saved.logMissing') : v.length > LIMITS.logText ? t('saved.logTooLong', { max: LIMITS.logText }) : log.length >= LIMITS.logEntries ? t('saved.logFull') : undefined;
    setErrors(problem ? [{ field: id, text: problem }] : []);
    if (problem) return;
    await write([...log, { at: todayKey(), text: v }]);
    setText('');
    setMessage(t('saved.logAdded', { text: v }));
    inputRef.current?.focus();
  };
  const remove = async (index: number) => {
    const gone = log[index];
    await write(log.filter((_, i) => i !== index));
    setMessage(t('saved.logRemoved', { text: gone.text }));
    inputRef.current?.focus();
  };
  const error = errors[0]?.text;

  return (
    <section class="contact-log" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('saved.logTitle')}</h4>
      {log.length === 0 ? (
        <p class="hint">{t('saved.logEmpty')}</p>
      ) : (
        <ul class="contact-log__list">
          {log.map((line, i) => (
            <li key={`${line.at}-${i}`}>
              <span>
                <strong>{formatDate(line.at)}:</strong> {line.text}
              </span>
              <button type="button" class="button button--secondary" onClick={() => remove(i)}>
                {t('saved.remove')}
                <span class="visually-hidden"> {t('saved.logLine', { date: formatDate(line.at), text: line.text })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} noValidate>
        <ErrorSummary id={`${id}-errors`} errors={errors} />
        <label class="label" for={id}>
          {t('saved.logLabel')}
        </label>
        <p class="hint" id={`${id}-hint`}>
          {t('saved.logHint')}
        </p>
        <FieldMessage id={`${id}-error`} text={error} />
        <div class="search-row">
          <input
            id={id}
            ref={inputRef}
            class="input"
            value={text}
            autocomplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            onInput={(e) => setText((e.target as HTMLInputElement).value)}
          />
          <button type="submit" class="button button--secondary">
            {t('saved.logAdd')}
          </button>
        </div>
        <p role="status" class="save__status">
          {message}
        </p>
      </form>
    </section>
  );
}
