import type { ComponentChildren } from 'preact';
import { useDataset, type Dataset } from '../dataset/index.ts';
import { useT } from '../i18n/index.ts';

/** Shows loading and error states so no page ever renders half a dataset. */
export function DataGate({ children }: { children: (data: Dataset) => ComponentChildren }) {
  const state = useDataset();
  const t = useT();
  if (state.status === 'loading') {
    return (
      <p class="loading" role="status">
        {t('app.loading')}
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <div class="error-box" role="alert">
        <p>{t('app.loadError')}</p>
        <button type="button" class="button" onClick={state.retry}>
          {t('app.tryAgain')}
        </button>
      </div>
    );
  }
  return <>{children(state.data)}</>;
}
