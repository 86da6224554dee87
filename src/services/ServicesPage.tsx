import { lazy, Suspense } from 'preact/compat';
import { useLocation } from 'preact-iso';
import type { Dataset } from '../dataset/index.ts';
import { parseQuery, queryToParams, type FindQuery } from '../core/find.ts';
import { useT } from '../i18n/index.ts';
import { DataGate } from '../ui/DataGate.tsx';
import { Page } from '../ui/Page.tsx';
import { SearchForm } from './SearchForm.tsx';
import { Results } from './Results.tsx';
import { useFind } from './useFind.ts';

// Leaflet and the map code load only when someone first switches to the map.
const MapView = lazy(() => import('../map/MapView.tsx'));

function searchParams(url: string): URLSearchParams {
  const i = url.indexOf('?');
  return new URLSearchParams(i >= 0 ? url.slice(i + 1) : '');
}

function Finder({ data }: { data: Dataset }) {
  const t = useT();
  const loc = useLocation();
  const params = searchParams(loc.url);
  const query = parseQuery(params);
  const view = params.get('view') === 'map' ? 'map' : 'list';
  const state = useFind(data, query);
  const go = (p: URLSearchParams) => loc.route(`/services${p.toString() ? `?${p}` : ''}`);
  const withView = (v: 'list' | 'map') => {
    const p = queryToParams(query);
    if (v === 'map') p.set('view', 'map');
    return `/services${p.toString() ? `?${p}` : ''}`;
  };
  const where = state.where;
  const count = state.output ? state.output.local.length + state.output.unplaced.length + state.output.national.length : 0;
  return (
    <>
      {/* The form is rebuilt from the URL whenever it changes, so back/forward restores it. */}
      <SearchForm key={loc.url} query={query} topics={data.manifest.topics} onSearch={(p) => go(withViewParam(p, view))} />
      {where?.kind === 'not-found' ? (
        <div class="error-box" role="alert" aria-labelledby="where-error">
          <h2 id="where-error">{where.reason === 'unknown' ? t('services.postcodeUnknownTitle') : t('services.placeInvalidTitle')}</h2>
          <p>{where.reason === 'unknown' ? t('services.postcodeUnknown', { postcode: where.postcode ?? query.near }) : t('services.placeInvalid', { place: query.near })}</p>
          <p class="link-line">
            <a href="#find-near">{t('services.where')}</a>
          </p>
        </div>
      ) : (
        <>
          <p role="status" class="result-count">
            {state.status === 'searching' ? t('services.searching') : t('services.resultsSummary', { count })}
          </p>
          <nav class="view-switch" aria-label={t('services.viewLabel')}>
            <a class="button button--secondary" href={withView('list')} aria-current={view === 'list' ? 'page' : undefined}>
              {t('services.viewList')}
            </a>
            <a class="button button--secondary" href={withView('map')} aria-current={view === 'map' ? 'page' : undefined}>
              {t('services.viewMap')}
            </a>
          </nav>
          {state.output &&
            (view === 'map' ? (
              <Suspense fallback={<p role="status">{t('services.mapLoading')}</p>}>
                <MapView data={data} query={query} output={state.output} where={where} />
              </Suspense>
            ) : (
              <Results data={data} query={query} output={state.output} where={where} />
            ))}
        </>
      )}
    </>
  );
}

function withViewParam(p: URLSearchParams, view: 'list' | 'map'): URLSearchParams {
  if (view === 'map') p.set('view', 'map');
  return p;
}

export function ServicesPage() {
  const t = useT();
  return (
    <Page title={t('services.title')}>
      <DataGate>{(data) => <Finder data={data} />}</DataGate>
    </Page>
  );
}

export type { FindQuery };
