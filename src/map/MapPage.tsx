/**
 * /map: the same search as /services (same URL parameters, same useFind), shown on the map.
 * This page is in the first bundle, so it holds no Leaflet: MapView is imported on first use.
 */
import { useLocation } from 'preact-iso';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { parse } from 'postcode';
import type { Dataset } from '../dataset/index.ts';
import { parseQuery, queryToParams } from '../core/find.ts';
import { physicalLocations } from '../core/model.ts';
import { useT } from '../i18n/index.ts';
import { useFind } from '../services/useFind.ts';
import { DataGate } from '../ui/DataGate.tsx';
import { Page } from '../ui/Page.tsx';
import type { MapViewProps } from './MapView.tsx';

let mapView: Promise<ComponentType<MapViewProps>> | undefined;

function useMapView(): ComponentType<MapViewProps> | 'failed' | undefined {
  const [view, setView] = useState<ComponentType<MapViewProps> | 'failed'>();
  useEffect(() => {
    let live = true;
    mapView ??= import('./MapView.tsx').then((m) => m.default);
    mapView.then(
      (v) => live && setView(() => v),
      () => {
        // Let a later visit try again (the chunk may have been missing for one deploy).
        mapView = undefined;
        if (live) setView('failed');
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return view;
}

/** A way to every district's places that needs no map at all. */
function Districts({ data }: { data: Dataset }) {
  const t = useT();
  const rows = useMemo(() => {
    const byDistrict = new Map<string, number>();
    for (const s of data.services) {
      const l = physicalLocations(s)[0];
      const p = parse(l?.addresses?.[0]?.postal_code ?? '');
      if (p.valid) byDistrict.set(p.outcode!, (byDistrict.get(p.outcode!) ?? 0) + 1);
    }
    return [...byDistrict].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
  }, [data]);
  return (
    <section aria-labelledby="map-districts">
      <h2 id="map-districts">{t('map.districts')}</h2>
      <ul class="district-list">
        {rows.map(([d, n]) => (
          <li key={d}>
            <a href={`/map?near=${encodeURIComponent(d)}`}>{d}</a>: {t('map.places', { count: n })}
          </li>
        ))}
      </ul>
    </section>
  );
}

function MapResults({ data }: { data: Dataset }) {
  const t = useT();
  const { url } = useLocation();
  const query = parseQuery(new URLSearchParams(url.split('?')[1] ?? ''));
  const state = useFind(data, query);
  const View = useMapView();
  const params = queryToParams(query).toString();
  const listHref = `/services${params ? `?${params}` : ''}`;
  return (
    <>
      <p class="link-line">
        <a href={listHref}>{t('map.asList')}</a>
      </p>
      {state.where?.kind === 'not-found' ? (
        <p class="error-box" role="alert">
          {t('map.notFound', { place: query.near })}
        </p>
      ) : !state.output || !View ? (
        <div class="map-loading">
          <p role="status">{t('map.loadingMap')}</p>
        </div>
      ) : View === 'failed' ? (
        <p role="alert">
          {t('map.mapFailed')} <a href={listHref}>{t('map.asList')}</a>
        </p>
      ) : (
        <View data={data} query={query} output={state.output} where={state.where} />
      )}
      <Districts data={data} />
    </>
  );
}

export function MapPage() {
  const t = useT();
  return (
    <Page title={t('map.title')}>
      <DataGate>{(data) => <MapResults data={data} />}</DataGate>
    </Page>
  );
}
