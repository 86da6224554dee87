/**
 * The Leaflet map itself: configured tiles, the bundled outline underneath them, and the saved
 * offline map when tiles fail. Everything here is in the lazily loaded map chunk.
 */
import * as L from 'leaflet';
// Through the bundle, so the stylesheet comes from 'self' and CSP style-src needs no exception.
import 'leaflet/dist/leaflet.css';
import './map.css';
import type { SavedMapLayer } from './saved-layer.ts';

/** What is under the markers now: the tile host's map, the map saved on the device, or the outline. */
export type Basemap = 'tiles' | 'saved' | 'outline';

export interface TileConfig {
  url: string;
  attribution: string;
  max_zoom: number;
}

export interface MapOptions {
  center: [number, number];
  zoom: number;
  tiles: TileConfig;
  reducedMotion: boolean;
  /** The map saved for offline use, if there is one; asked for only once tiles fail. */
  savedMap?: () => Promise<SavedMapLayer | undefined>;
  onBasemap(state: Basemap): void;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Leaflet shows attribution as HTML; the configured text is data, so it is escaped. OpenStreetMap's
 * tile policy asks for a link to its copyright page, so its attribution gets one.
 */
export function attributionHtml(tiles: TileConfig): string {
  const text = escapeHtml(tiles.attribution);
  return /(^|\.)openstreetmap\.org$/.test(hostOf(tiles.url)) ? `<a href="https://www.openstreetmap.org/copyright">${text}</a>` : text;
}

function hostOf(template: string): string {
  try {
    return new URL(template.replace(/\{[a-z]\}/g, 'a')).hostname;
  } catch {
    return '';
  }
}

/** Natural Earth outlines near the UK (see outline/make-outline.mjs), drawn below the tiles. */
async function addOutline(map: L.Map): Promise<void> {
  const [{ feature }, outline] = await Promise.all([import('topojson-client'), import('./outline/uk-outline.json')]);
  const topo = outline.default as unknown as Parameters<typeof feature>[0];
  const land = feature(topo, topo.objects.countries);
  L.geoJSON(land, { pane: 'outline', interactive: false, style: { color: '#6b6b6b', weight: 1, fillColor: '#f2efe9', fillOpacity: 1 } }).addTo(map);
}

export function createMap(el: HTMLElement, o: MapOptions): L.Map {
  const animate = !o.reducedMotion;
  const map = L.map(el, {
    center: o.center,
    zoom: o.zoom,
    minZoom: 5,
    // Half steps let a search radius fill the map instead of a third of it.
    zoomSnap: 0.5,
    maxZoom: o.tiles.max_zoom,
    zoomControl: false,
    zoomAnimation: animate,
    fadeAnimation: animate,
    markerZoomAnimation: animate,
    inertia: animate,
  });
  if (o.reducedMotion) {
    // Leaflet's keyboard panning animates with no option to stop it; panBy is where it does.
    const panBy = map.panBy.bind(map);
    map.panBy = (offset, options) => panBy(offset, { ...options, animate: false });
  }
  map.attributionControl.setPrefix(false);
  // Below the tile pane (200): tiles cover the outline wherever they load.
  map.createPane('outline').style.zIndex = '150';
  void addOutline(map).catch(() => undefined);

  const tiles = L.tileLayer(o.tiles.url, { maxZoom: o.tiles.max_zoom, attribution: attributionHtml(o.tiles), crossOrigin: true, zIndex: 2 });
  let failed = 0;
  let saved: Promise<SavedMapLayer | undefined> | undefined;
  // The saved map is opened only once tiles fail: while they load it would be work for nothing.
  const savedLayer = () =>
    (saved ??= (o.savedMap?.() ?? Promise.resolve(undefined)).then(
      (s) => {
        s?.layer.addTo(map);
        return s;
      },
      () => undefined,
    ));
  const report = async () => {
    if (!failed) return o.onBasemap('tiles');
    const s = await savedLayer();
    o.onBasemap(s?.covers(map.getBounds()) ? 'saved' : 'outline');
  };
  tiles.on('loading', () => (failed = 0));
  tiles.on('tileerror', () => {
    failed++;
    void report();
  });
  tiles.on('load', () => void report());
  tiles.addTo(map);
  return map;
}

/** "You are here" (or the searched place) and the radius around it. */
export function drawOrigin(map: L.Map, at: L.LatLngExpression, label: string, radiusKm: number): L.LayerGroup {
  const group = L.layerGroup();
  if (Number.isFinite(radiusKm)) {
    group.addLayer(L.circle(at, { radius: radiusKm * 1000, interactive: false, className: 'map-radius', color: '#0b3d66', weight: 3, fillOpacity: 0.06 }));
  }
  const tag = document.createElement('span');
  tag.className = 'map-here';
  tag.textContent = label;
  group.addLayer(L.marker(at, { icon: L.divIcon({ html: tag, className: 'map-here-wrap', iconSize: [0, 0] }), keyboard: false, interactive: false, zIndexOffset: 10000 }));
  return group.addTo(map);
}
