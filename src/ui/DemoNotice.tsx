import { useDataset } from '../dataset/index.ts';
import { useT } from '../i18n/index.ts';

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
