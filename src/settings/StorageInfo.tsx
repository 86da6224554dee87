import { useEffect, useState } from 'preact/hooks';
import { backend } from '../storage/index.ts';
import { useT } from '../i18n/index.ts';
import { formatBytes } from '../ui/format-bytes.ts';

export function StorageInfo() {
  const t = useT();
  const [text, setText] = useState('');
  useEffect(() => {
    void (async () => {
      if ((await backend()).kind === 'memory') return setText(t('settings.storageMemory'));
      const est = await navigator.storage?.estimate?.().catch(() => undefined);
      if (!est?.quota) return setText(t('settings.storageUnknown'));
      const locale = document.documentElement.lang || 'en-GB';
      setText(t('settings.storageUsed', { used: formatBytes(est.usage ?? 0, locale), quota: formatBytes(est.quota, locale) }));
    })();
  }, [t]);
  return (
    <>
      <h2 id="storage">{t('settings.storageTitle')}</h2>
      <p>{text}</p>
    </>
  );
}
