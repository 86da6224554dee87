import { useState } from 'preact/hooks';
import type { Service } from '../core/model.ts';
import { LIMITS, TRACKER_STATUSES } from '../core/saved-file.ts';
import { useT } from '../i18n/index.ts';
import { setNoteAndTracker, type SavedItem, type TrackerEntry, type TrackerStatus } from '../storage/index.ts';
import { reloadSaved, type SavedState } from './store.ts';
import { cardId, formatWhen } from './describe.ts';
import { nextOpeningsOf, useScheduleEngine } from './schedule.ts';
import { ErrorSummary, FieldMessage, type FieldError } from './ErrorSummary.tsx';
import { ContactLog } from './ContactLog.tsx';
import { DateFields } from './DateFields.tsx';
import { EMPTY_DATE, readDateText, toDateText, type DateText } from './date-text.ts';

type Engine = ReturnType<typeof useScheduleEngine>;

/**
 * A note for any saved item and, for a service, the tracker: how it is going, the next date (the
 * service's own next sessions offered as one-tap choices) and a log of contacts. One Save button
 * for note, status and date, so nothing is half-saved; log lines save as they are added.
 */
export function ItemNotes({ item, state, engine }: { item: SavedItem; state: SavedState; engine: Engine }) {
  const t = useT();
  const base = cardId(item);
  const entry = state.tracker.get(item.id);
  const [note, setNote] = useState(state.notes.get(item.id)?.text ?? '');
  const [status, setStatus] = useState<TrackerStatus | undefined>(entry?.status);
  const [when, setWhen] = useState<DateText>(() => toDateText(entry?.next));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState('');
  const service = item.kind === 'service' ? (item.record as Service) : undefined;
  const suggestions = service ? nextOpeningsOf(engine, service, 3) : [];
  const ids = { note: `${base}-note`, day: `${base}-when-day`, time: `${base}-when-time` };

  const save = async (e: Event) => {
    e.preventDefault();
    const problems: FieldError[] = [];
    if (note.length > LIMITS.note) problems.push({ field: ids.note, text: t('saved.noteTooLong', { max: LIMITS.note }) });
    const read = readDateText(when);
    if (!read.ok) problems.push({ field: read.field === 'day' ? ids.day : ids.time, text: t(`saved.dateProblem.${read.problem}`) });
    setErrors(problems);
    setSaved('');
    if (!read.ok || problems.length) return;
    const next = read.next;
    // A tracker entry exists once there is something to track: a status, a date or a log line.
    const tracked = service && (status || next || entry);
    const newEntry: TrackerEntry | undefined = tracked ? { id: item.id, status: status ?? 'want-to-try', next, log: entry?.log ?? [], updatedAt: '' } : undefined;
    try {
      await setNoteAndTracker(item.id, note, newEntry);
      await reloadSaved();
      setSaved(t('saved.notesSaved'));
    } catch {
      setSaved(t('saved.saveFailed'));
    }
  };
  const dateError = errors.find((x) => x.field === ids.day || x.field === ids.time);
  const noteError = errors.find((x) => x.field === ids.note)?.text;

  return (
    <div class="item-notes">
      <form onSubmit={save} noValidate>
        <ErrorSummary id={`${base}-errors`} errors={errors} />
        <label class="label" for={ids.note}>
          {t('saved.noteLabel')}
        </label>
        <p class="hint" id={`${ids.note}-hint`}>
          {t('saved.noteHint')}
        </p>
        <FieldMessage id={`${ids.note}-error`} text={noteError} />
        <textarea
          id={ids.note}
          class="input textarea"
          rows={4}
          value={note}
          aria-describedby={`${ids.note}-hint${noteError ? ` ${ids.note}-error` : ''}`}
          aria-invalid={noteError ? true : undefined}
          onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)}
        />
        {service && (
          <>
            <fieldset class="fieldset">
              <legend class="legend">{t('saved.statusLegend')}</legend>
              <div class="choices">
                {TRACKER_STATUSES.map((s) => (
                  <label key={s} class="choice">
                    <input type="radio" name={`${base}-status`} value={s} checked={status === s} onChange={() => setStatus(s)} />
                    <span>{t(`saved.status.${s}`)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset class="fieldset" aria-describedby={`${base}-when-hint`}>
              <legend class="legend">{t('saved.nextLegend')}</legend>
              <p class="hint" id={`${base}-when-hint`}>
                {t('saved.nextHint')}
              </p>
              <FieldMessage id={`${base}-when-error`} text={dateError?.text} />
              <DateFields idBase={`${base}-when`} value={when} onChange={setWhen} error={dateError && { field: dateError.field === ids.day ? 'day' : 'time', text: dateError.text }} />
              {suggestions.length > 0 && (
                <div class="suggestions">
                  <p>{t('saved.suggestions')}</p>
                  <div class="button-row">
                    {suggestions.map((s) => (
                      <button
                        type="button"
                        key={`${s.date}T${s.time}`}
                        class="button button--secondary"
                        onClick={() => {
                          setWhen(toDateText(`${s.date}T${s.time}`));
                          setSaved(t('saved.suggestionChosen', { when: formatWhen(`${s.date}T${s.time}`) }));
                        }}
                      >
                        {t('saved.useSuggestion', { when: formatWhen(`${s.date}T${s.time}`) })}
                      </button>
                    ))}
                  </div>
                </div>
              )}
              {Object.values(when).some(Boolean) && (
                <button type="button" class="button button--secondary"
                  onClick={() => setWhen(EMPTY_DATE)}
                >
                  {t('saved.clearDate')}
                </button>
              )}
            </fieldset>
          </>
        )}
        <button type="submit" class="button">
          {service ? t('saved.saveNotesAndProgress') : t('saved.saveNote')}
        </button>
        <p role="status" class="save__status">
          {saved}
        </p>
      </form>
      {service && <ContactLog item={item} entry={entry} status={status} />}
    </div>
  );
}
