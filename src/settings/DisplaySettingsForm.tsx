import { useT } from '../i18n/index.ts';
import { TEXT_SIZES, THEMES, useDisplay, type Theme } from './display.ts';

const THEME_KEY: Record<Theme, string> = { standard: 'display.themeStandard', dark: 'display.themeDark', light: 'display.themeLight' };

/** Radio groups that apply at once (no submit), so a person sees the effect of each choice. */
export function DisplaySettingsForm({ compact = false, idPrefix = 'display' }: { compact?: boolean; idPrefix?: string }) {
  const t = useT();
  const [s, save] = useDisplay();
  const motion = s.reduceMotion === undefined ? 'device' : s.reduceMotion ? 'reduce' : 'full';
  return (
    <div class="display-form">
      <fieldset class="fieldset" id={compact ? undefined : 'text-size'}>
        <legend class="legend">{t('display.textSize')}</legend>
        <div class="choices choices--inline">
          {TEXT_SIZES.map((size) => (
            <label key={size} class="choice">
              <input type="radio" name={`${idPrefix}-size`} value={size} checked={s.textSize === size} onChange={() => save({ ...s, textSize: size })} />
              <span>
                {t(`display.size${size}`)} ({size}%)
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset class="fieldset">
        <legend class="legend">{t('display.contrast')}</legend>
        <div class="choices">
          {THEMES.map((theme) => (
            <label key={theme} class="choice">
              <input type="radio" name={`${idPrefix}-theme`} value={theme} checked={s.theme === theme} onChange={() => save({ ...s, theme })} />
              <span>{t(THEME_KEY[theme])}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {!compact && (
        <>
          <fieldset class="fieldset">
            <legend class="legend">{t('display.motion')}</legend>
            <div class="choices">
              {(['device', 'reduce', 'full'] as const).map((m) => (
                <label key={m} class="choice">
                  <input
                    type="radio"
                    name={`${idPrefix}-motion`}
                    value={m}
                    checked={motion === m}
                    onChange={() => save({ ...s, reduceMotion: m === 'device' ? undefined : m === 'reduce' })}
                  />
                  <span>{t(m === 'device' ? 'display.motionDevice' : m === 'reduce' ? 'display.motionReduce' : 'display.motionFull')}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset class="fieldset">
            <legend class="legend">{t('display.spacing')}</legend>
            <label class="choice">
              <input type="checkbox" checked={s.moreSpacing} onChange={(e) => save({ ...s, moreSpacing: (e.target as HTMLInputElement).checked })} />
              <span>{t('display.moreSpacing')}</span>
            </label>
          </fieldset>
        </>
      )}
    </div>
  );
}
