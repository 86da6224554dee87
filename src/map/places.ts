/** What the map draws: one point per local result, and the words around it. Pure. */
import { haversineKm, type LatLng } from '../core/distance.ts';
import type { FindOutput, FindResult } from '../core/find.ts';
import { physicalLocations } from '../core/model.ts';
import type { PostcodeIndex } from '../core/manifest.ts';

export interface MapPlace {
  key: string;
  lat: number;
  lng: number;
  result: FindResult;
}

/**
 * One point per result, not per location, so the map counts what the list counts. A service
 * with several places is drawn at the one nearest the searched place (the one its distance is
 * measured to), else at its first.
 */
export function placesFor(output: FindOutput | undefined, from?: LatLng): MapPlace[] {
  const out: MapPlace[] = [];
  for (const result of output?.local ?? []) {
    let best: { lat: number; lng: number; d: number } | undefined;
    for (const l of physicalLocations(result.service)) {
      const p = { lat: l.latitude!, lng: l.longitude! };
      const d = from ? haversineKm(from, p) : 0;
      if (Number.isFinite(p.lat) && Number.isFinite(p.lng) && (!best || d < best.d)) best = { ...p, d };
    }
    if (best) out.push({ key: result.service.id, lat: best.lat, lng: best.lng, result });
  }
  return out;
}

/** Results the map cannot show: national lines, online-only and unplaced services. */
export function notOnMap(output: FindOutput | undefined): number {
  return (output?.unplaced.length ?? 0) + (output?.national.length ?? 0);
}

/**
 * "Search this area": the postcode sector (else district) nearest the map's centre, so the new
 * search reads "near BS5 6" like one a person typed, and distances are measured from it.
 */
export function nearestPostcodeArea(index: PostcodeIndex, at: LatLng, withinKm = 15): string | undefined {
  let best: { key: string; d: number } | undefined;
  for (const table of [index.sectors, index.districts]) {
    for (const [key, c] of Object.entries(table ?? {})) {
      const d = haversineKm(at, { lat: c[0], lng: c[1] });
      if (d <= withinKm && (!best || d < best.d)) best = { key, d };
    }
    if (best) return best.key;
  }
  return undefined;
}
