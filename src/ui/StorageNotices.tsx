import { useEffect, useState } from 'preact/hooks';
import { onStorageNotice, type StorageNotice } from '../storage/index.ts';
import { useT } from '../i18n/index.ts';

const MESSAGE: Record<StorageNotice['kind'], string> = {
  'memory-only': 'storage.memoryOnly',
  blocked: 'storage.blocked',
  'version-change': 'storage.versionChange',
  quota: 'storage.quota',
  evicted: 'storage.evicted',
};

/** Storage problems, each said once and plainly, in a live region that is always present. */
export function StorageNotices() {
  const t = useT();
  const [notices, setNotices] = useState<StorageNotice['kind'][]>([]);
  useEffect(
    () =>
      onStorageNotice((n) => {
        setNotices((cur) => (cur.includes(n.kind) ? cur : [...cur, n.kind]));
        // A newer version opened elsewhere: reload at once if nobody is looking at this tab.
        if (n.kind === 'version-change' && document.visibilityState === 'hidden') window.location.reload();
      }),
    [],
  );
  const dismiss = (kind: StorageNotice['kind']) => setNotices((cur) => cur.filter((k) => k !== kind));
  return (
    <div class="status-region" role="status" aria-live="polite">
      {notices.map((kind) => (
        <div key={kind} class="banner banner--warning">
          <p>{t(MESSAGE[kind])}</p>
          <div class="button-row">
            {kind === 'version-change' && (
              <button type="button" class="button" onClick={() => window.location.reload()}>
                {t('storage.reload')}
              </button>
            )}
            <button type="button" class="button button--secondary" onClick={() => dismiss(kind)}>
              {t('storage.dismiss')}
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
