import { useState } from 'preact/hooks';
import { useT } from '../i18n/index.ts';

/** Explains why before the browser's own prompt appears, so the question is not a surprise. */
export function LocationButton({ onLocated }: { onLocated: (lat: number, lng: number) => void }) {
  const t = useT();
  const [stage, setStage] = useState<'idle' | 'explain' | 'locating' | 'failed'>('idle');
  if (typeof navigator === 'undefined' || !('geolocation' in navigator)) return null;
  const locate = () => {
    setStage('locating');
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setStage('idle');
        onLocated(pos.coords.latitude, pos.coords.longitude);
      },
      () => setStage('failed'),
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 },
    );
  };
  return (
    <>
      <button type="button" class="button button--secondary" aria-expanded={stage === 'explain'} onClick={() => setStage(stage === 'explain' ? 'idle' : 'explain')}>
        {t('services.useLocation')}
      </button>
      <div class="location-panel" role="status">
        {stage === 'explain' && (
          <div class="notice">
            <p>{t('services.locationWhy')}</p>
            <div class="button-row">
              <button type="button" class="button" onClick={locate}>
                {t('services.locationContinue')}
              </button>
              <button type="button" class="button button--secondary" onClick={() => setStage('idle')}>
                {t('services.locationCancel')}
              </button>
            </div>
          </div>
        )}
        {stage === 'locating' && <p>{t('services.locating')}</p>}
        {stage === 'failed' && <p class="error-text">{t('services.locationFailed')}</p>}
      </div>
    </>
  );
}
