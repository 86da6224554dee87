/** Distances for people, not surveyors: straight-line kilometres, a few plain choices, and words. */
import { physicalLocations, type Service } from './model.ts';

export interface LatLng {
  lat: number;
  lng: number;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance; NaN when either point is not a real coordinate. */
export function haversineKm(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The nearest of a service's physical places; undefined when it has none (online, phone, national). */
export function serviceDistanceKm(s: Service, from: LatLng): number | undefined {
  let best: number | undefined;
  for (const l of physicalLocations(s)) {
    const d = haversineKm(from, { lat: l.latitude!, lng: l.longitude! });
    if (Number.isFinite(d) && (best === undefined || d < best)) best = d;
  }
  return best;
}

export type RadiusId = 'walk' | 'bus' | 'drive' | 'anywhere';

export interface RadiusChoice {
  id: RadiusId;
  km: number;
  /** i18n key for the label. */
  key: string;
  /** English label, the wording the key must carry. */
  label: string;
}

export const RADIUS_CHOICES: readonly RadiusChoice[] = Object.freeze([
  { id: 'walk', km: 1, key: 'distance.walk', label: '15-minute walk (1 km)' },
  { id: 'bus', km: 5, key: 'distance.bus', label: 'Short bus ride (5 km)' },
  { id: 'drive', km: 10, key: 'distance.drive', label: '10-minute drive (10 km)' },
  { id: 'anywhere', km: Infinity, key: 'distance.anywhere', label: 'Anywhere' },
] as const);

/** For the `radius` URL parameter: an unknown id gives undefined so the caller picks its default. */
export function radiusById(id: unknown): RadiusChoice | undefined {
  return RADIUS_CHOICES.find((r) => r.id === id);
}

const formats = new Map<string, Intl.NumberFormat>();

function unitFormat(locale: string, unit: 'meter' | 'kilometer', digits: number): Intl.NumberFormat {
  const id = `${locale}|${unit}|${digits}`;
  let f = formats.get(id);
  if (!f) {
    const opts: Intl.NumberFormatOptions = { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: digits };
    try {
      f = new Intl.NumberFormat(locale, opts);
    } catch {
      // A malformed locale tag must not take the results list down with it.
      f = new Intl.NumberFormat('en-GB', opts);
    }
    formats.set(id, f);
  }
  return f;
}

/**
 * "400 m", "1.2 km", "12 km": metres to the nearest 50 under a kilometre, one decimal under ten,
 * whole kilometres beyond, because finer figures suggest a precision a centroid does not have.
 * Empty for anything that is not a distance.
 */
export function distanceWords(km: number, locale = 'en-GB'): string {
  if (typeof km !== 'number' || !Number.isFinite(km) || km < 0) return '';
  const metres = Math.max(50, Math.round((km * 1000) / 50) * 50);
  if (metres < 1000) return unitFormat(locale, 'meter', 0).format(metres);
  if (km < 9.95) return unitFormat(locale, 'kilometer', 1).format(Math.round(km * 10) / 10);
  return unitFormat(locale, 'kilometer', 0).format(Math.round(km));
}
