/**
 * The map of a search's results: the same FindOutput the list shows, so both views always agree.
 * Loaded lazily (it carries Leaflet): `lazy(() => import('../map/MapView.tsx'))`. The heading and
 * summary say in words what the map shows, and the list stays the route to every place.
 */
import * as L from 'leaflet';
import { useLocation } from 'preact-iso';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Dataset } from '../dataset/index.ts';
import { distanceWords, radiusById } from '../core/distance.ts';
import type { FindOutput, FindQuery } from '../core/find.ts';
import type { WhereResult } from '../core/place/index.ts';
import { formatOpenState } from '../core/schedule/index.ts';
import { useT } from '../i18n/index.ts';
import { prefersReducedMotion } from '../settings/display.ts';
import { ClusterLayer } from './cluster-layer.ts';
import { createMap, drawOrigin, type Basemap } from './leaflet-map.ts';
import { MarkerCard } from './MarkerCard.tsx';
import { savedArchiveBlob } from './offline-archive.ts';
import { nearestPostcodeArea, notOnMap, placesFor, type MapPlace } from './places.ts';

export interface MapViewProps {
  data: Dataset;
  query: FindQuery;
  output: FindOutput;
  where?: WhereResult;
}

interface Card {
  keys: string[];
  /** The marker that opened the card: focus goes back to it. */
  opener: HTMLButtonElement;
}

async function savedMap() {
  const saved = await savedArchiveBlob();
  if (!saved) return undefined;
  const { savedMapLayer } = await import('./saved-layer.ts');
  return savedMapLayer(saved.blob, saved.url);
}

export default function MapView({ data, query, output, where }: MapViewProps) {
  const t = useT();
  const { url, route } = useLocation();
  const config = data.manifest.config;
  const found = where?.kind === 'found' ? where : undefined;
  const placeWords = found && (found.level === 'location' ? t('map.here') : found.label);
  const radiusKm = radiusById(query.radius)?.km ?? Infinity;
  const places = useMemo(() => placesFor(output, found), [output, found?.lat, found?.lng]);
  const byKey = useMemo(() => new Map(places.map((p) => [p.key, p])), [places]);

  const canvas = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | undefined>(undefined);
  const layerRef = useRef<ClusterLayer | undefined>(undefined);
  const fitting = useRef(false);
  const [basemap, setBasemap] = useState<Basemap>('tiles');
  const [moved, setMoved] = useState(false);
  const [card, setCard] = useState<Card>();

  const label = (p: MapPlace) => {
    const { service, distanceKm, state } = p.result;
    const open = formatOpenState(state, new Date());
    return distanceKm === undefined ? t('map.markerNoDistance', { name: service.name, open }) : t('map.marker', { name: service.name, distance: distanceWords(distanceKm), open });
  };

  /** The whole search in view: the radius, else every place, else the configured area. */
  const fit = (map: L.Map) => {
    fitting.current = true;
    if (found && Number.isFinite(radiusKm)) map.fitBounds(L.latLng(found.lat, found.lng).toBounds(radiusKm * 2000), { animate: false });
    else if (places.length) map.fitBounds(L.latLngBounds([...places, ...(found ? [found] : [])].map((p) => [p.lat, p.lng])), { animate: false, padding: [24, 24], maxZoom: 15 });
    else if (found) map.setView([found.lat, found.lng], 14, { animate: false });
    else map.setView(config.map.center, config.map.zoom, { animate: false });
    fitting.current = false;
    setMoved(false);
  };

  useEffect(() => {
    const map = createMap(canvas.current!, { center: config.map.center, zoom: config.map.zoom, tiles: config.map.tiles, reducedMotion: prefersReducedMotion(), savedMap, onBasemap: setBasemap });
    map.on('moveend', () => fitting.current || setMoved(true));
    mapRef.current = map;
    return () => {
      layerRef.current?.remove();
      map.remove();
    };
  }, []);

  useEffect(() => {
    const map = mapRef.current!;
    setCard(undefined);
    const origin = found && drawOrigin(map, [found.lat, found.lng], placeWords!, radiusKm);
    fit(map);
    const layer = new ClusterLayer(map, places, {
      label: (key) => label(byKey.get(key)!),
      clusterLabel: (count) => t('map.cluster', { count }),
      onOpen: (key, opener) => setCard({ keys: [key], opener }),
      onGroup: (keys, opener) => setCard({ keys, opener }),
      animate: () => !prefersReducedMotion(),
      origin: found && [found.lat, found.lng],
    });
    layerRef.current = layer;
    return () => {
      origin?.remove();
      layer.remove();
    };
  }, [places, found?.lat, found?.lng, placeWords, radiusKm]);

  // The marker whose card is open stays marked, so the card and its place are seen together.
  useEffect(() => {
    card?.opener.classList.add('map-pin--open');
    return () => card?.opener.classList.remove('map-pin--open');
  }, [card]);

  const closeCard = () => {
    const c = card;
    setCard(undefined);
    if (!c) return;
    if (c.opener.isConnected) c.opener.focus();
    else if (!layerRef.current?.focusPlace(c.keys[0])) mapRef.current?.getContainer().focus();
  };

  const animate = () => ({ animate: !prefersReducedMotion() });
  const searchArea = () => {
    const c = mapRef.current!.getCenter();
    // Only the place changes: the filters, the radius and the page's own parameters (view=map) stay.
    const [path, search = ''] = url.split('?');
    const params = new URLSearchParams(search);
    params.set('near', nearestPostcodeArea(data.postcodes, { lat: c.lat, lng: c.lng }) ?? `${c.lat.toFixed(5)}, ${c.lng.toFixed(5)}`);
    route(`${path}?${params}`);
  };

  const count = places.length;
  const summary = !found
    ? t('map.summaryArea', { count, area: config.area_name })
    : Number.isFinite(radiusKm)
      ? t('map.summaryWithin', { count, radius: t(`map.radius.${query.radius}`), place: placeWords })
      : t('map.summaryNear', { count, place: placeWords });
  const others = notOnMap(output);
  const cardPlaces = card?.keys.map((k) => byKey.get(k)).filter((p): p is MapPlace => !!p);

  return (
    <section class="map-view" aria-labelledby="map-view-title">
      <h2 id="map-view-title">{t('map.heading')}</h2>
      <p class="map-summary">{summary}</p>
      {others > 0 && <p>{t('map.notOnMap', { count: others })}</p>}
      <div class="map-toolbar">
        <button type="button" class="button button--secondary" onClick={() => mapRef.current?.zoomIn(1, animate())}>
          {t('map.zoomIn')}
        </button>
        <button type="button" class="button button--secondary" onClick={() => mapRef.current?.zoomOut(1, animate())}>
          {t('map.zoomOut')}
        </button>
        {found && (
          <button type="button" class="button button--secondary" onClick={() => mapRef.current && fit(mapRef.current)}>
            {t('map.backTo', { place: placeWords })}
          </button>
        )}
        {moved && (
          <button type="button" class="button" onClick={searchArea}>
            {t('map.searchArea')}
          </button>
        )}
      </div>
      <div ref={canvas} class="map-canvas" role="region" aria-label={t('map.keyboardHelp')} />
      {/* Under the map: it can appear a moment after the map (when tiles fail), and above it would push the map down. */}
      <p role="status" class="map-notice">
        {basemap === 'outline' ? t('map.noDetails') : basemap === 'saved' ? t('map.usingSavedMap') : ''}
      </p>
      {cardPlaces?.length ? <MarkerCard places={cardPlaces} from={placeWords} label={label} onChoose={(key) => card && setCard({ ...card, keys: [key] })} onClose={closeCard} /> : null}
    </section>
  );
}
