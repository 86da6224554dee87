import { useDataset } from '../dataset/index.ts';
import { useT } from '../i18n/index.ts';

/**
 * Says the local services are examples. At the foot of the page, arriving with the services: so
 * it never pushes down what is already on screen (it did, above the heading).
 */
export function DemoNotice() {
  const state = useDataset();
  const t = useT();
  if (state.status !== 'ready' || !state.data.manifest.counts.demonstration) return null;
  return (
    <p class="demo-notice">
      <strong>{t('app.demonstration', { area: state.data.manifest.config.area_name })}</strong>
    </p>
  );
}
