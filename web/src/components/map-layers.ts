// The map's style and layers: a background sea, neighbour countries, the region choropleth and the
// clustered event points. GeoJSON sources only — no tile or glyph server, hence no text labels.
import type { ExpressionSpecification, Map as MapLibre, StyleSpecification } from 'maplibre-gl';
import { feature } from 'topojson-client';
import { TYPE_COLORS } from '../event-types';

export type FC = { type: 'FeatureCollection'; features: { type: 'Feature'; id?: string | number; properties: Record<string, unknown>; geometry: unknown }[] };

const TYPES = Object.keys(TYPE_COLORS);
/** Belarus, Ukraine and Russia up to Chukotka (lon, lat). */
export const HOME_BOUNDS: [[number, number], [number, number]] = [[14, 40], [180, 78]];

export const BASE_STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'sea', type: 'background', paint: { 'background-color': '#dfe9f2' } }],
};

/** Cluster colour: the type with the most points in the cluster. */
const clusterColor: ExpressionSpecification = (() => {
  const max = ['max', ...TYPES.map((t) => ['get', t])];
  const cases: unknown[] = ['case'];
  for (const t of TYPES) cases.push(['==', ['get', t], max], TYPE_COLORS[t]);
  cases.push('#555');
  return cases as ExpressionSpecification;
})();

/** The committed region TopoJSON (data/boundaries), as its own chunk. */
export async function loadBoundaries(): Promise<{ regions: FC; countries: FC }> {
  const topo = (await import('../../../data/boundaries/regions.topo.json')).default as unknown as Parameters<typeof feature>[0] & { objects: Record<string, never> };
  return { regions: feature(topo, topo.objects.regions) as unknown as FC, countries: feature(topo, topo.objects.countries) as unknown as FC };
}

/** Regions keyed by their ISO code in `iso` (the source's feature id for feature-state). */
function withIso(fc: FC): FC {
  return { ...fc, features: fc.features.map((f) => ({ ...f, properties: { ...f.properties, iso: f.id } })) };
}

/**
 * The choropleth's values go in feature-state, so a new query recolours the regions without
 * re-tiling their geometry.
 */
export function setRegionCounts(m: MapLibre, regions: FC, counts: Record<string, number>): void {
  for (const f of regions.features) m.setFeatureState({ source: 'regions', id: String(f.id) }, { n: counts[String(f.id)] ?? 0 });
}

export function addLayers(m: MapLibre, b: { regions: FC; countries: FC }): void {
  m.addSource('countries', { type: 'geojson', data: b.countries as never });
  m.addSource('regions', { type: 'geojson', data: withIso(b.regions) as never, promoteId: 'iso' });
  m.addLayer({ id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': '#f4f1ea' } });
  m.addLayer({ id: 'countries-line', type: 'line', source: 'countries', paint: { 'line-color': '#b9b3a6', 'line-width': 0.6 } });
  m.addLayer({ id: 'regions-fill', type: 'fill', source: 'regions', paint: {
    'fill-color': ['interpolate', ['linear'], ['coalesce', ['feature-state', 'n'], 0], 0, '#fbf8f2', 1, '#fde0c5', 10, '#f9a66c', 100, '#d9480f'],
  } });
  m.addLayer({ id: 'regions-line', type: 'line', source: 'regions', paint: { 'line-color': '#9c8f7a', 'line-width': 0.5 } });
  m.addSource('events', {
    type: 'geojson', data: { type: 'FeatureCollection', features: [] }, cluster: true, clusterRadius: 40, clusterMaxZoom: 9,
    // per-type counts in each cluster, for its colour
    clusterProperties: Object.fromEntries(TYPES.map((t) => [t, ['+', ['case', ['==', ['get', 'type'], t], 1, 0]]])),
  });
  m.addLayer({ id: 'clusters', type: 'circle', source: 'events', filter: ['has', 'point_count'], paint: {
    'circle-color': clusterColor, 'circle-opacity': 0.85, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1.5,
    'circle-radius': ['step', ['get', 'point_count'], 9, 10, 13, 100, 18, 1000, 24],
  } });
  m.addLayer({ id: 'points', type: 'circle', source: 'events', filter: ['!', ['has', 'point_count']], paint: {
    'circle-color': ['match', ['get', 'type'], ...TYPES.flatMap((t) => [t, TYPE_COLORS[t]]), '#555'] as unknown as ExpressionSpecification,
    'circle-radius': 6, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1.5,
  } });
}
