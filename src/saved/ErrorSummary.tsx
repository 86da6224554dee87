import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../i18n/index.ts';

export interface FieldError {
  /** The id of the field to fix; the summary links to it. */
  field?: string;
  text: string;
}

/**
 * "There is a problem" above a form (the GOV.UK pattern people may know): takes focus when it
 * appears so a screen reader reads it at once, and each line moves focus to the field to fix.
 */
export function ErrorSummary({ errors, id }: { errors: FieldError[]; id: string }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [errors]);
  if (!errors.length) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={`${id}-title`}>
      <h2 class="error-summary__title" id={`${id}-title`}>
        {t('saved.problem')}
      </h2>
      <ul>
        {errors.map((e) => (
          <li key={e.text}>
            {e.field ? (
              <a
                href={`#${e.field}`}
                onClick={(ev) => {
                  // The router would treat the link as a page change; move focus ourselves.
                  ev.preventDefault();
                  document.getElementById(e.field!)?.focus();
                }}
              >
                {e.text}
              </a>
            ) : (
              e.text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The message under a field, read with the field through aria-describedby. */
export function FieldMessage({ id, text }: { id: string; text?: string }) {
  const t = useT();
  if (!text) return null;
  return (
    <p class="field-error" id={id}>
      <span class="visually-hidden">{t('saved.errorPrefix')} </span>
      {text}
    </p>
  );
}

/** What `aria-describedby` names for a field introduced by FieldIntro: its hint and its error, if shown. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

/** A field's label, optional hint and error message, in the order a screen reader meets them. */
export function FieldIntro({ id, label, hint, error }: { id: string; label: string; hint?: string; error?: string }) {
  return (
    <>
      <label class="label" for={id}>
        {label}
      </label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldMessage id={`${id}-error`} text={error} />
    </>
  );
}
