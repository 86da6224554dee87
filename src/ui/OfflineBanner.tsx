import { applyUpdate, dismissStatus, useOfflineStatus } from '../offline/index.ts';
import { useT } from '../i18n/index.ts';

/** Live region that is always in the page, so screen readers announce what appears in it. */
export function OfflineBanner() {
  const status = useOfflineStatus();
  const t = useT();
  return (
    <div class="status-region" role="status" aria-live="polite">
      {status === 'ready' && (
        <div class="banner banner--success">
          <p>{t('offline.ready')}</p>
          <button type="button" class="button button--secondary" onClick={dismissStatus}>
            {t('offline.dismiss')}
          </button>
        </div>
      )}
      {(status === 'update-available' || status === 'updating') && (
        <div class="banner">
          <p>{status === 'updating' ? t('offline.updating') : t('offline.updateAvailable')}</p>
          <div class="button-row">
            <button type="button" class="button" onClick={() => void applyUpdate()} disabled={status === 'updating'}>
              {t('offline.updateNow')}
            </button>
            <button type="button" class="button button--secondary" onClick={dismissStatus}>
              {t('offline.later')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
