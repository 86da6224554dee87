// Reads ../shared (postcode district centroids): the proof that demonstration places are real.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parse } from 'postcode';
import type { Service } from '../../src/core/model.ts';
import { physicalLocations } from '../../src/core/model.ts';

const root = new URL('../../', import.meta.url).pathname;
const centroidsPath = `${root}../shared/data/postcodes/outcode-centroids.json`;
const haveShared = existsSync(centroidsPath);
if (!haveShared && process.env.CI) throw new Error(`../shared is missing (${centroidsPath}): CI must provide it for the conformance tests.`);
if (!haveShared) console.warn('Skipping places conformance: ../shared/data/postcodes is not here.');

function km(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLng = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe.skipIf(!haveShared)('demonstration places are at real places', () => {
  const centroids = new Map((JSON.parse(haveShared ? readFileSync(centroidsPath, 'utf8') : '[]') as { outcode: string; lat: number; lng: number }[]).map((c) => [c.outcode, [c.lat, c.lng] as [number, number]]));
  const dir = `${root}data/services/`;
  const places = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => (JSON.parse(readFileSync(dir + f, 'utf8')) as Service[]).filter((s) => s.demonstration))
    .flatMap((s) => physicalLocations(s).map((l) => ({ id: s.id, l })));

  it('there are demonstration places to check', () => {
    expect(places.length).toBeGreaterThanOrEqual(150);
  });

  it('every demonstration place lies within 4 km of its postcode district centroid, and the district exists', () => {
    const bad: string[] = [];
    for (const { id, l } of places) {
      const pc = parse(l.addresses?.[0]?.postal_code ?? '');
      const c = pc.valid ? centroids.get(pc.outcode) : undefined;
      if (!c) bad.push(`${id}: postcode ${l.addresses?.[0]?.postal_code} has no known district`);
      else if (km(c, [l.latitude!, l.longitude!]) > 4) bad.push(`${id}: ${km(c, [l.latitude!, l.longitude!]).toFixed(2)} km from ${pc.outcode}`);
    }
    expect(bad).toEqual([]);
  });
});
