import { useT } from '../i18n/index.ts';
import { ToolIcon } from './ToolIcon.tsx';
import type { ReadAloud } from './useReadAloud.ts';
import { speechSupported, type RateName } from './speech.ts';

/**
 * Play / Pause / Resume share one button so focus stays on it whatever it says; Stop stays in
 * place too (marked unavailable when idle) for the same reason. Hidden where speech is unsupported.
 */
export function ReadAloudControls({ reader }: { reader: ReadAloud }) {
  const t = useT();
  if (!speechSupported()) return null;
  const { status } = reader;
  const main = status === 'playing' ? { label: t('resources.read.pause'), icon: 'pause', run: reader.pause } : status === 'paused' ? { label: t('resources.read.resume'), icon: 'play', run: reader.resume } : { label: t('resources.read.play'), icon: 'play', run: reader.play };
  const rates: RateName[] = ['slower', 'normal'];
  return (
    <div class="read-aloud" role="group" aria-labelledby="read-aloud-title">
      <p class="read-aloud__title" id="read-aloud-title">
        {t('resources.read.title')}
      </p>
      <div class="button-row">
        <button type="button" class="button read-aloud__main" onClick={main.run}>
          <ToolIcon name={main.icon} />
          {main.label}
        </button>
        <button type="button" class="button button--secondary" aria-disabled={status === 'idle' ? 'true' : undefined} onClick={() => status !== 'idle' && reader.stop()}>
          <ToolIcon name="stop" />
          {t('resources.read.stop')}
        </button>
      </div>
      <fieldset class="fieldset read-aloud__speed">
        <legend class="read-aloud__legend">{t('resources.read.speed')}</legend>
        <div class="choices choices--inline">
          {rates.map((r) => (
            <label key={r} class="choice">
              <input type="radio" name="read-rate" value={r} checked={reader.rate === r} onChange={() => reader.setRate(r)} />
              <span>{t(`resources.read.${r}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <p class="read-aloud__status" role="status">
        {status === 'playing' ? t('resources.read.playing') : status === 'paused' ? t('resources.read.paused') : ''}
      </p>
    </div>
  );
}
