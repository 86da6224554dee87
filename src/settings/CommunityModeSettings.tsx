import { useState } from 'preact/hooks';
import { useT } from '../i18n/index.ts';
import { describedBy, ErrorSummary, FieldIntro, type FieldError } from '../saved/ErrorSummary.tsx';
import {
  changeIdleMinutes, DEFAULT_IDLE_MINUTES, IDLE_CHOICES, PIN_PATTERN, pinMatches, turnOffCommunityMode, turnOnCommunityMode, useCommunityMode,
} from './useCommunityMode.ts';
import '../saved/saved.css';

function PinField({ id, label, hint, value, error, onInput, isNew }: {
  id: string; label: string; hint?: string; value: string; error?: string; onInput: (v: string) => void; isNew: boolean;
}) {
  return (
    <div class="pin-field">
      <FieldIntro id={id} label={label} hint={hint} error={error} />
      <input
        id={id}
        class="input input--pin"
        type="password"
        inputMode="numeric"
        autocomplete={isNew ? 'new-password' : 'current-password'}
        maxLength={8}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onInput={(e) => onInput((e.target as HTMLInputElement).value.trim())}
      />
    </div>
  );
}

function MinutesChoice({ value, onChange }: { value: number; onChange: (n: number) => void }) {
  const t = useT();
  return (
    <fieldset class="fieldset">
      <legend class="legend">{t('community.minutesLegend')}</legend>
      <div class="choices choices--inline">
        {IDLE_CHOICES.map((n) => (
          <label key={n} class="choice">
            <input type="radio" name="community-minutes" value={n} checked={value === n} onChange={() => onChange(n)} />
            <span>{t('community.minutes', { count: n })}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * Settings section for staff. Switching on sets a PIN (entered twice); changing the minutes or
 * switching off needs it, so a visitor cannot end the mode and leave their lists for the next person.
 */
export function CommunityModeSettings() {
  const t = useT();
  const { loaded, config } = useCommunityMode();
  const [minutes, setMinutes] = useState<number | undefined>();
  const [pin, setPin] = useState('');
  const [pin2, setPin2] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState('');
  if (!loaded) return null;
  const chosen = minutes ?? config?.idleMinutes ?? DEFAULT_IDLE_MINUTES;
  const errorFor = (id: string) => errors.find((e) => e.field === id)?.text;

  const turnOn = async (e: Event) => {
    e.preventDefault();
    const problems: FieldError[] = [];
    if (!PIN_PATTERN.test(pin)) problems.push({ field: 'community-pin', text: t('community.pinFormat') });
    else if (pin !== pin2) problems.push({ field: 'community-pin2', text: t('community.pinMismatch') });
    setErrors(problems);
    if (problems.length) return;
    await turnOnCommunityMode(pin, chosen);
    setPin('');
    setPin2('');
    setMinutes(undefined);
    setDone(t('community.turnedOn', { count: chosen }));
  };
  const staffAction = (action: 'save' | 'off') => async (e: Event) => {
    e.preventDefault();
    if (!(await pinMatches(pin))) {
      setErrors([{ field: 'community-pin-check', text: t('community.pinWrong') }]);
      return;
    }
    setErrors([]);
    setPin('');
    if (action === 'off') await turnOffCommunityMode();
    else await changeIdleMinutes(chosen);
    setMinutes(undefined);
    setDone(action === 'off' ? t('community.turnedOff') : t('community.changed', { count: chosen }));
  };

  return (
    <section class="saved-section" aria-labelledby="community-title" id="community-mode">
      <h2 id="community-title">{t('community.title')}</h2>
      <p>{t('community.intro')}</p>
      {config ? (
        <>
          <p class="notice">{t('community.isOn', { count: config.idleMinutes })}</p>
          <p>
            {t('community.prepare')} <a href="/map">{t('community.prepareMap')}</a>
          </p>
          <details class="saved-details">
            <summary>{t('community.staffSettings')}</summary>
            <form onSubmit={staffAction('save')} noValidate>
              <ErrorSummary id="community-errors" errors={errors} />
              <MinutesChoice value={chosen} onChange={setMinutes} />
              <PinField id="community-pin-check" label={t('community.pinCheck')} value={pin} error={errorFor('community-pin-check')} onInput={setPin} isNew={false} />
              <div class="button-row">
                <button type="submit" class="button">
                  {t('community.save')}
                </button>
                <button type="button" class="button button--secondary" onClick={staffAction('off')}>
                  {t('community.turnOff')}
                </button>
              </div>
            </form>
          </details>
        </>
      ) : (
        <form onSubmit={turnOn} noValidate>
          <ErrorSummary id="community-errors" errors={errors} />
          <MinutesChoice value={chosen} onChange={setMinutes} />
          <PinField id="community-pin" label={t('community.pinNew')} hint={t('community.pinHint')} value={pin} error={errorFor('community-pin')} onInput={setPin} isNew />
          <PinField id="community-pin2" label={t('community.pinAgain')} value={pin2} error={errorFor('community-pin2')} onInput={setPin2} isNew />
          <button type="submit" class="button">
            {t('community.turnOn')}
          </button>
        </form>
      )}
      <p role="status" class="save__status">
        {done}
      </p>
    </section>
  );
}
