import { useEffect, useRef } from 'preact/hooks';
import { applyUpdate, dismissStatus, useOfflineStatus } from '../offline/index.ts';
import { useT } from '../i18n/index.ts';

/**
 * Keeps the page's end and any focused control clear of the floating banner: its height becomes
 * bottom padding and scroll padding (WCAG 2.4.11, focus not obscured).
 */
function useReservedFoot(el: { current: HTMLElement | null }): void {
  useEffect(() => {
    const node = el.current;
    if (!node || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty('--status-height', `${node.offsetHeight}px`));
    observer.observe(node);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--status-height');
    };
  }, [el]);
}

/**
 * Live region that is always in the page, so screen readers announce what appears in it. It floats
 * at the foot of the window: appearing a second after the page, it must not push the page down.
 */
export function OfflineBanner() {
  const status = useOfflineStatus();
  const t = useT();
  const region = useRef<HTMLDivElement>(null);
  useReservedFoot(region);
  return (
    <div class="status-region status-region--float" role="status" aria-live="polite" ref={region}>
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
