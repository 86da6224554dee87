import type { ComponentChildren } from 'preact';
import { useDataset, useManifest, type Dataset } from '../dataset/index.ts';
import type { DatasetManifest } from '../core/manifest.ts';
import { useT } from '../i18n/index.ts';

type Gated<T> = { status: 'loading' } | { status: 'error'; retry: () => void } | { status: 'ready'; value: T };

function Gate<T>({ state, children }: { state: Gated<T>; children: (value: T) => ComponentChildren }) {
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
  return <>{children(state.value)}</>;
}

/** Shows loading and error states so no page ever renders half a dataset. */
export function DataGate({ children }: { children: (data: Dataset) => ComponentChildren }) {
  const state = useDataset();
  return <Gate state={state.status === 'ready' ? { status: 'ready', value: state.data } : state}>{children}</Gate>;
}

/** For what needs only the manifest (area, topics, date), which is ready before the services. */
export function ManifestGate({ children }: { children: (manifest: DatasetManifest) => ComponentChildren }) {
  const state = useManifest();
  return <Gate state={state.status === 'ready' ? { status: 'ready', value: state.manifest } : state}>{children}</Gate>;
}
