/**
 * Places on a Leaflet map as real <button>s, clustered with supercluster so only what is in view
 * (a few dozen clusters, not thousands of markers) is ever in the page. Buttons, not Leaflet's
 * keyboard markers, because a button has a name, a role and Enter/Space for free, and Tab reaches
 * each one with no role="application" to trap a screen reader.
 */
import * as L from 'leaflet';
import Supercluster, { type ClusterFeature } from 'supercluster';

export interface ClusterPoint {
  key: string;
  lat: number;
  lng: number;
}

export interface ClusterLayerOptions {
  /** Accessible name for one place: "Knit and Natter, 400 m, Open now until 4pm". */
  label(key: string): string;
  /** Accessible name for a cluster: "12 places". */
  clusterLabel(count: number): string;
  /** Enter or click on one place. */
  onOpen(key: string, button: HTMLButtonElement): void;
  /** A cluster that zooming cannot split (places at one spot): list them instead. */
  onGroup(keys: string[], button: HTMLButtonElement): void;
  /** Read at each move, so a change of the motion setting applies at once. */
  animate(): boolean;
  /** Where Tab starts: new markers enter the page nearest-first from here (the searched place). */
  origin?: L.LatLngExpression;
}

type Props = { key: string };
type Feature = ReturnType<Supercluster<Props>['getClusters']>[number];
type Cluster = Extract<Feature, ClusterFeature<object>>;

interface Drawn {
  marker: L.Marker;
  button: HTMLButtonElement;
}

const isCluster = (f: Feature): f is Cluster => 'cluster' in f.properties && f.properties.cluster === true;
const keyOf = (f: Feature) => (isCluster(f) ? `c:${f.properties.cluster_id}` : `p:${f.properties.key}`);

/** Above this the cluster tree gains nothing: 60 px at z17 is about 70 m, one building. */
const CLUSTER_MAX_ZOOM = 17;

export class ClusterLayer {
  private readonly index: Supercluster<Props>;
  private readonly drawn = new Map<string, Drawn>();
  private readonly group = L.layerGroup();
  private pendingFocus: string[] | undefined;

  constructor(
    private readonly map: L.Map,
    points: readonly ClusterPoint[],
    private readonly opts: ClusterLayerOptions,
  ) {
    // Pins are 48-52 px wide; at supercluster's 512 extent on 256 px tiles, 150 keeps them apart (WCAG 2.5.8 spacing).
    this.index = new Supercluster<Props>({ radius: 150, maxZoom: CLUSTER_MAX_ZOOM });
    this.index.load(points.map((p) => ({ type: 'Feature', properties: { key: p.key }, geometry: { type: 'Point', coordinates: [p.lng, p.lat] } })));
    this.group.addTo(map);
    map.on('moveend', this.update, this);
    this.update();
  }

  /** Draws what is in view (plus a margin, so a small pan shows markers at once) and drops the rest. */
  update(): void {
    const zoom = Math.min(Math.floor(this.map.getZoom()), CLUSTER_MAX_ZOOM);
    const b = this.map.getBounds().pad(0.1);
    const wanted = new Map<string, Feature>();
    for (const f of this.index.getClusters([b.getWest(), Math.max(-90, b.getSouth()), b.getEast(), Math.min(90, b.getNorth())], zoom)) wanted.set(keyOf(f), f);
    let lostFocus = false;
    for (const [k, d] of this.drawn) {
      if (wanted.has(k)) continue;
      lostFocus ||= d.button === document.activeElement;
      this.group.removeLayer(d.marker);
      this.drawn.delete(k);
    }
    const from = L.latLng(this.opts.origin ?? this.map.getCenter());
    const fresh = [...wanted].filter(([k]) => !this.drawn.has(k));
    const at = (f: Feature) => L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]);
    fresh.sort(([, a], [, b]) => from.distanceTo(at(a)) - from.distanceTo(at(b)));
    for (const [k, f] of fresh) this.draw(k, f, at(f));
    if (this.pendingFocus) {
      const target = this.pendingFocus.map((k) => this.drawn.get(k)).find(Boolean);
      this.pendingFocus = undefined;
      (target?.button ?? this.map.getContainer()).focus();
    } else if (lostFocus) {
      this.map.getContainer().focus();
    }
  }

  /** Focus a place's marker, or the cluster now holding it; false when it is out of view. */
  focusPlace(key: string): boolean {
    const own = this.drawn.get(`p:${key}`);
    if (own) {
      own.button.focus();
      return true;
    }
    for (const [k, d] of this.drawn) {
      if (!k.startsWith('c:')) continue;
      const leaves = this.index.getLeaves(Number(k.slice(2)), Infinity);
      if (leaves.some((l) => l.properties.key === key)) {
        d.button.focus();
        return true;
      }
    }
    return false;
  }

  remove(): void {
    this.map.off('moveend', this.update, this);
    this.group.remove();
    this.drawn.clear();
  }

  private draw(k: string, f: Feature, at: L.LatLng): void {
    const button = document.createElement('button');
    button.type = 'button';
    if (isCluster(f)) {
      button.className = 'map-pin map-pin--cluster';
      button.setAttribute('aria-label', this.opts.clusterLabel(f.properties.point_count));
      const count = document.createElement('span');
      count.textContent = f.properties.point_count_abbreviated.toString();
      button.append(count);
      button.addEventListener('click', () => this.expand(f, at, button));
    } else {
      button.className = 'map-pin';
      button.setAttribute('aria-label', this.opts.label(f.properties.key));
      button.addEventListener('click', () => this.opts.onOpen(f.properties.key, button));
    }
    // The map would otherwise start a drag on mousedown and treat the click as its own.
    L.DomEvent.disableClickPropagation(button);
    const icon = L.divIcon({ html: button, className: 'map-marker', iconSize: [0, 0] });
    const marker = L.marker(at, { icon, keyboard: false, interactive: false });
    this.group.addLayer(marker);
    this.drawn.set(k, { marker, button });
  }

  private expand(f: Cluster, at: L.LatLng, button: HTMLButtonElement): void {
    const id = f.properties.cluster_id;
    const zoom = this.index.getClusterExpansionZoom(id);
    if (zoom > CLUSTER_MAX_ZOOM || zoom > this.map.getMaxZoom()) {
      this.opts.onGroup(
        this.index.getLeaves(id, Infinity).map((l) => l.properties.key),
        button,
      );
      return;
    }
    // Keyboard users land on the first of the places they asked to see, not back at the page top.
    this.pendingFocus = this.index.getChildren(id).map(keyOf);
    this.map.setView(at, zoom, { animate: this.opts.animate() });
  }
}
