import { useT } from '../i18n/index.ts';

/**
 * Says the local services are examples. The build marks the page when its dataset is demonstration
 * data (vite.config.ts), so the notice is there from the first paint, at the top, and never pushes
 * the page down by arriving with the dataset.
 */
export function DemoNotice() {
  const t = useT();
  const area = typeof document === 'undefined' ? undefined : document.documentElement.dataset.demoArea;
  if (!area) return null;
  return (
    <p class="demo-notice">
      <strong>{t('app.demonstration', { area })}</strong>
    </p>
  );
}
