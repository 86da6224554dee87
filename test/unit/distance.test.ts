import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Service } from '../../src/core/model.ts';
import { distanceWords, haversineKm, radiusById, RADIUS_CHOICES, serviceDistanceKm } from '../../src/core/distance.ts';

describe('haversineKm', () => {
  it('measures known distances', () => {
    // London to Paris: the textbook 343.5 km great-circle distance.
    expect(Math.abs(haversineKm({ lat: 51.5074, lng: -0.1278 }, { lat: 48.8566, lng: 2.3522 }) - 343.5)).toBeLessThan(0.5);
    expect(haversineKm({ lat: 51.46, lng: -2.56 }, { lat: 51.46, lng: -2.56 })).toBe(0);
    // One degree of latitude is about 111.2 km.
    expect(haversineKm({ lat: 0, lng: 0 }, { lat: 1, lng: 0 })).toBeCloseTo(111.2, 1);
  });

  it('is symmetric and never negative (property)', () => {
    const point = fc.record({ lat: fc.double({ min: -90, max: 90, noNaN: true }), lng: fc.double({ min: -180, max: 180, noNaN: true }) });
    fc.assert(
      fc.property(point, point, (a, b) => {
        const d = haversineKm(a, b);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(20016);
        expect(Math.abs(d - haversineKm(b, a))).toBeLessThan(1e-9);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('serviceDistanceKm', () => {
  const at = (lat: number, lng: number) => ({ location: { id: `${lat}`, location_type: 'physical' as const, latitude: lat, longitude: lng } });
  it('uses the nearest physical location, and undefined when there is none', () => {
    const s = { id: 's', name: 'S', status: 'active', topics: [], service_at_locations: [at(51.5, -2.6), at(51.46, -2.56)] } as Service;
    expect(serviceDistanceKm(s, { lat: 51.46, lng: -2.56 })).toBe(0);
    expect(serviceDistanceKm({ ...s, service_at_locations: [] }, { lat: 51.46, lng: -2.56 })).toBeUndefined();
  });
});

describe('radius choices', () => {
  it('are the four plain-words choices, with i18n keys and English labels', () => {
    expect(RADIUS_CHOICES.map((r) => [r.id, r.km, r.key, r.label])).toEqual([
      ['walk', 1, 'distance.walk', '15-minute walk (1 km)'],
      ['bus', 5, 'distance.bus', 'Short bus ride (5 km)'],
      ['drive', 10, 'distance.drive', '10-minute drive (10 km)'],
      ['anywhere', Infinity, 'distance.anywhere', 'Anywhere'],
    ]);
    expect(Object.isFrozen(RADIUS_CHOICES)).toBe(true);
  });

  it('are found by id for the URL, and an unknown id gives undefined', () => {
    expect(radiusById('bus')?.km).toBe(5);
    expect(radiusById('far')).toBeUndefined();
    expect(radiusById(undefined)).toBeUndefined();
  });
});

describe('distanceWords', () => {
  it('says "400 m", "1.2 km", "12 km"', () => {
    expect(distanceWords(0.4)).toBe('400 m');
    expect(distanceWords(1.23)).toBe('1.2 km');
    expect(distanceWords(12.3)).toBe('12 km');
  });

  it('rounds metres to 50, never shows 0 m or 1,000 m', () => {
    expect(distanceWords(0)).toBe('50 m');
    expect(distanceWords(0.02)).toBe('50 m');
    expect(distanceWords(0.126)).toBe('150 m');
    expect(distanceWords(0.99)).toBe('1 km');
    expect(distanceWords(9.96)).toBe('10 km');
  });

  it('formats for the locale, and survives a bad locale tag', () => {
    expect(distanceWords(1.2, 'de-DE')).toBe('1,2 km');
    expect(distanceWords(1.2, 'not a locale!')).toBe('1.2 km');
  });

  it('is empty for what is not a distance', () => {
    for (const km of [Infinity, NaN, -1, undefined as unknown as number]) expect(distanceWords(km)).toBe('');
  });
});
