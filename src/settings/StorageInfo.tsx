import { useEffect, useState } from 'preact/hooks';
import { backend } from '../storage/index.ts';
import { useT } from '../i18n/index.ts';

function size(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let i = 0;
  let n = bytes;
  while (n >= 1000 && i < units.length - 1) {
    n /= 1000;
    i++;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[i], unitDisplay: 'short', maximumFractionDigits: n < 10 && i > 0 ? 1 : 0 }).format(n);
}

export function StorageInfo() {
  const t = useT();
  const [text, setText] = useState('');
  useEffect(() => {
    void (async () => {
      if ((await backend()).kind === 'memory') return setText(t('settings.storageMemory'));
      const est = await navigator.storage?.estimate?.().catch(() => undefined);
      if (!est?.quota) return setText(t('settings.storageUnknown'));
      const locale = document.documentElement.lang || 'en-GB';
      setText(t('settings.storageUsed', { used: size(est.usage ?? 0, locale), quota: size(est.quota, locale) }));
    })();
  }, [t]);
  return (
    <>
      <h2 id="storage">{t('settings.storageTitle')}</h2>
      <p>{text}</p>
    </>
  );
}
