// Reads ../shared (postcode district centroids): the proof that the gazetteer's places are real.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import type { Place } from '../../src/core/place/index.ts';
import { haversineKm } from '../../src/core/distance.ts';

const root = new URL('../../', import.meta.url).pathname;
const centroidsPath = `${root}../shared/data/postcodes/outcode-centroids.json`;
const haveShared = existsSync(centroidsPath);
if (!haveShared && process.env.CI) throw new Error(`../shared is missing (${centroidsPath}): CI must provide it for the conformance tests.`);
if (!haveShared) console.warn('Skipping place gazetteer conformance: ../shared/data/postcodes is not here.');

describe.skipIf(!haveShared)('the Bristol gazetteer names real places', () => {
  const centroids = new Map(
    (JSON.parse(haveShared ? readFileSync(centroidsPath, 'utf8') : '[]') as { outcode: string; lat: number; lng: number }[]).map((c) => [c.outcode, { lat: c.lat, lng: c.lng }]),
  );
  const places = JSON.parse(readFileSync(`${root}data/places/bristol.json`, 'utf8')) as Place[];

  it('every place lies within 3 km of its postcode district centroid, and the district exists', () => {
    const bad: string[] = [];
    for (const p of places) {
      const c = centroids.get(p.district);
      if (!c) bad.push(`${p.name}: district ${p.district} is not a real district`);
      else if (haversineKm(c, p) > 3) bad.push(`${p.name}: ${haversineKm(c, p).toFixed(2)} km from the ${p.district} centroid`);
    }
    expect(bad).toEqual([]);
  });
});
