// Regenerates uk-outline.json: `node src/map/outline/make-outline.mjs`.
// The fallback basemap needs only the British Isles and the nearest coasts, and the whole
// countries-50m file would add about 230 kB (gzip) to every first visit through the precache,
// so this keeps the polygons near the UK and the arcs they use, nothing else.
import { readFileSync, writeFileSync } from 'node:fs';

const KEEP = new Set(['United Kingdom', 'Ireland', 'Isle of Man', 'Jersey', 'Guernsey', 'France', 'Belgium', 'Netherlands']);
const BOX = { west: -12, south: 48, east: 4, north: 62 };

const src = new URL('../../../node_modules/world-atlas/countries-50m.json', import.meta.url);
const topo = JSON.parse(readFileSync(src, 'utf8'));
const [sx, sy] = topo.transform.scale;
const [tx, ty] = topo.transform.translate;

function arcBox(arc) {
  let x = 0;
  let y = 0;
  const b = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const [dx, dy] of arc) {
    x += dx;
    y += dy;
    const lng = x * sx + tx;
    const lat = y * sy + ty;
    b.west = Math.min(b.west, lng);
    b.east = Math.max(b.east, lng);
    b.south = Math.min(b.south, lat);
    b.north = Math.max(b.north, lat);
  }
  return b;
}

const arcIndex = (i) => (i < 0 ? ~i : i);
const near = (rings) =>
  rings.some((ring) => ring.some((i) => {
    const b = arcBox(topo.arcs[arcIndex(i)]);
    return b.east >= BOX.west && b.west <= BOX.east && b.north >= BOX.south && b.south <= BOX.north;
  }));

const geometries = [];
for (const g of topo.objects.countries.geometries) {
  if (!KEEP.has(g.properties.name)) continue;
  const polygons = g.type === 'Polygon' ? [g.arcs] : g.arcs;
  const kept = polygons.filter(near);
  if (kept.length) geometries.push({ type: 'MultiPolygon', arcs: kept, properties: { name: g.properties.name } });
}

// Renumber the arcs that are still used; a negative index means "the same arc, reversed".
const renumber = new Map();
const arcs = [];
const remap = (i) => {
  const old = arcIndex(i);
  if (!renumber.has(old)) {
    renumber.set(old, arcs.length);
    arcs.push(topo.arcs[old]);
  }
  const n = renumber.get(old);
  return i < 0 ? ~n : n;
};
for (const g of geometries) g.arcs = g.arcs.map((poly) => poly.map((ring) => ring.map(remap)));

const out = {
  type: 'Topology',
  // Natural Earth (public domain) via the world-atlas package (ISC).
  bbox: [BOX.west, BOX.south, BOX.east, BOX.north],
  transform: topo.transform,
  objects: { countries: { type: 'GeometryCollection', geometries } },
  arcs,
};
writeFileSync(new URL('./uk-outline.json', import.meta.url), JSON.stringify(out));
console.log(`uk-outline.json: ${geometries.length} countries, ${arcs.length} arcs`);
