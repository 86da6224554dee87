import { useT } from '../i18n/index.ts';
import type { DateText } from './date-text.ts';

/**
 * Day, month and year as three short boxes, and the time as words or numbers: easier than a
 * date picker for many older people, and, unlike one, it fits at 320px wide with 300% text.
 */
export function DateFields({ idBase, value, onChange, error }: { idBase: string; value: DateText; onChange: (d: DateText) => void; error?: { field: string; text: string } }) {
  const t = useT();
  const box = (part: 'day' | 'month' | 'year', size: number) => {
    const id = `${idBase}-${part}`;
    return (
      <div class={`date-fields__item date-fields__item--${part}`}>
        <label class="label" for={id}>
          {t(`saved.${part}`)}
        </label>
        <input
          id={id}
          class="input"
          inputMode="numeric"
          autocomplete="off"
          maxLength={size}
          value={value[part]}
          aria-invalid={error?.field === 'day' ? true : undefined}
          aria-describedby={error?.field === 'day' ? `${idBase}-error` : undefined}
          onInput={(e) => onChange({ ...value, [part]: (e.target as HTMLInputElement).value })}
        />
      </div>
    );
  };
  return (
    <>
      <div class="date-fields">
        {box('day', 2)}
        {box('month', 2)}
        {box('year', 4)}
      </div>
      <label class="label" for={`${idBase}-time`}>
        {t('saved.timeLabel')}
      </label>
      <p class="hint" id={`${idBase}-time-hint`}>
        {t('saved.timeHint')}
      </p>
      <input
        id={`${idBase}-time`}
        class="input date-fields__time"
        autocomplete="off"
        value={value.time}
        aria-invalid={error?.field === 'time' ? true : undefined}
        aria-describedby={`${idBase}-time-hint${error?.field === 'time' ? ` ${idBase}-error` : ''}`}
        onInput={(e) => onChange({ ...value, time: (e.target as HTMLInputElement).value })}
      />
    </>
  );
}
