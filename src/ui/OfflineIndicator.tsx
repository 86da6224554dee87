import { useOnline } from '../offline/index.ts';
import { useT } from '../i18n/index.ts';

/** A quiet badge in the header, with the meaning spelt out for screen readers and on hover. */
export function OfflineIndicator() {
  const online = useOnline();
  const t = useT();
  return (
    <span role="status" class="offline-indicator-region">
      {!online && (
        <span class="offline-indicator" title={t('offline.offlineHint')}>
          {t('offline.offlineNow')}
          <span class="visually-hidden">: {t('offline.offlineHint')}</span>
        </span>
      )}
    </span>
  );
}
