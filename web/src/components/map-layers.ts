// The map's style and layers: a background sea, neighbour countries, the region choropleth, region and
// settlement labels and the clustered event points. GeoJSON sources only, no tile or glyph server: label
// text is drawn by MapLibre from the bundled Noto Sans files (the style's font-faces), so it works offline.
import type { ExpressionSpecification, Map as MapLibre, StyleSpecification } from 'maplibre-gl';
import { feature } from 'topojson-client';
import notoLatin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import notoLatinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import notoCyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import notoCyrillicExt from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2?url';
import { TYPE_COLORS } from '../event-types';
import { REGIONS } from '../regions';
import { labelPoint } from '../label-points';

export type FC = {
  type: 'FeatureCollection';
  features: { type: 'Feature'; id?: string | number; properties: Record<string, unknown>; geometry: unknown }[];
};

const TYPES = Object.keys(TYPE_COLORS);
/** Belarus, Ukraine and Russia up to Chukotka (lon, lat). */
export const HOME_BOUNDS: [[number, number], [number, number]] = [
  [14, 40],
  [180, 78],
];

export const LABEL_FONT = 'Noto Sans Regular';

/** The choropleth's steps: events in a region → fill colour (the legend shows the same). */
export const REGION_STEPS: [number, string][] = [
  [0, '#fbf8f2'],
  [1, '#fde0c5'],
  [10, '#f9a66c'],
  [100, '#d9480f'],
];

export const BASE_STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'sea', type: 'background', paint: { 'background-color': '#dfe9f2' } }],
  // unicode ranges as @fontsource declares them for these files
  'font-faces': {
    [LABEL_FONT]: [
      {
        url: notoLatin,
        'unicode-range': [
          'U+0000-00FF',
          'U+0131',
          'U+0152-0153',
          'U+02BB-02BC',
          'U+02C6',
          'U+02DA',
          'U+02DC',
          'U+2000-206F',
          'U+20AC',
          'U+2122',
          'U+2212',
          'U+FEFF',
          'U+FFFD',
        ],
      },
      {
        url: notoLatinExt,
        'unicode-range': [
          'U+0100-02BA',
          'U+02BD-02C5',
          'U+02C7-02CC',
          'U+02CE-02D7',
          'U+02DD-02FF',
          'U+1E00-1E9F',
          'U+1EF2-1EFF',
          'U+2C60-2C7F',
          'U+A720-A7FF',
        ],
      },
      { url: notoCyrillic, 'unicode-range': ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'] },
      {
        url: notoCyrillicExt,
        'unicode-range': ['U+0460-052F', 'U+1C80-1C8A', 'U+20B4', 'U+2DE0-2DFF', 'U+A640-A69F', 'U+FE2E-FE2F'],
      },
    ],
  },
} as StyleSpecification;

/** Admin centres of the regions (data/admin1.tsv), the settlements the map names. */
function settlementPoints(): FC {
  const seen = new Set<string>();
  const features: FC['features'] = [];
  for (const r of REGIONS.entries) {
    if (r.lat === null || r.lon === null || !r.centre || seen.has(r.centre)) continue;
    seen.add(r.centre);
    features.push({
      type: 'Feature',
      properties: { name: r.centre },
      geometry: { type: 'Point', coordinates: [r.lon, r.lat] },
    });
  }
  return { type: 'FeatureCollection', features };
}

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
  const topo = (await import('../../../data/boundaries/regions.topo.json')).default as unknown as Parameters<
    typeof feature
  >[0] & { objects: Record<string, never> };
  return {
    regions: feature(topo, topo.objects.regions) as unknown as FC,
    countries: feature(topo, topo.objects.countries) as unknown as FC,
  };
}

/** One point per region carrying its name, for the region labels. */
function regionLabelPoints(regions: FC): FC {
  const features: FC['features'] = [];
  for (const f of regions.features) {
    const r = REGIONS.get(String(f.id));
    const at = labelPoint(
      f.geometry as { type: string; coordinates: unknown },
      r && r.lon !== null && r.lat !== null ? [r.lon, r.lat] : null,
    );
    if (at)
      features.push({
        type: 'Feature',
        properties: { name: r?.short ?? String(f.id) },
        geometry: { type: 'Point', coordinates: at },
      });
  }
  return { type: 'FeatureCollection', features };
}

/** Regions keyed by their ISO code in `iso` (the source's feature id for feature-state), with their names. */
function withIso(fc: FC): FC {
  return {
    ...fc,
    features: fc.features.map((f) => ({
      ...f,
      properties: { ...f.properties, iso: f.id, name: REGIONS.get(String(f.id))?.short ?? String(f.id) },
    })),
  };
}

/**
 * The choropleth's values go in feature-state, so a new query recolours the regions without
 * re-tiling their geometry.
 */
export function setRegionCounts(m: MapLibre, regions: FC, counts: Record<string, number>): void {
  for (const f of regions.features)
    m.setFeatureState({ source: 'regions', id: String(f.id) }, { n: counts[String(f.id)] ?? 0 });
}

export function addLayers(m: MapLibre, b: { regions: FC; countries: FC }): void {
  m.addSource('countries', { type: 'geojson', data: b.countries as never });
  m.addSource('regions', { type: 'geojson', data: withIso(b.regions) as never, promoteId: 'iso' });
  m.addLayer({ id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': '#f4f1ea' } });
  m.addLayer({
    id: 'countries-line',
    type: 'line',
    source: 'countries',
    paint: { 'line-color': '#b9b3a6', 'line-width': 0.6 },
  });
  m.addLayer({
    id: 'regions-fill',
    type: 'fill',
    source: 'regions',
    paint: {
      'fill-color': [
        'interpolate',
        ['linear'],
        ['coalesce', ['feature-state', 'n'], 0],
        ...REGION_STEPS.flat(),
      ] as unknown as ExpressionSpecification,
    },
  });
  m.addLayer({
    id: 'regions-line',
    type: 'line',
    source: 'regions',
    paint: { 'line-color': '#9c8f7a', 'line-width': 0.5 },
  });
  // Labels under the points, each hidden where it would collide with another.
  m.addSource('region-label-points', { type: 'geojson', data: regionLabelPoints(b.regions) as never });
  m.addLayer({
    id: 'region-labels',
    type: 'symbol',
    source: 'region-label-points',
    minzoom: 3.3,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [LABEL_FONT],
      'text-size': ['interpolate', ['linear'], ['zoom'], 3.3, 10, 7, 13],
      'text-max-width': 7,
      'text-padding': 4,
    },
    paint: { 'text-color': '#7a6a55', 'text-halo-color': 'rgba(255,255,255,0.85)', 'text-halo-width': 1.2 },
  });
  m.addSource('settlements', { type: 'geojson', data: settlementPoints() as never });
  m.addLayer({
    id: 'settlement-dots',
    type: 'circle',
    source: 'settlements',
    minzoom: 4.5,
    paint: { 'circle-radius': 2, 'circle-color': '#444' },
  });
  m.addLayer({
    id: 'settlement-labels',
    type: 'symbol',
    source: 'settlements',
    minzoom: 4.5,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [LABEL_FONT],
      'text-size': 12,
      'text-anchor': 'top',
      'text-offset': [0, 0.7],
    },
    paint: { 'text-color': '#222', 'text-halo-color': '#fff', 'text-halo-width': 1.4 },
  });
  m.addSource('events', {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
    cluster: true,
    clusterRadius: 40,
    clusterMaxZoom: 9,
    // per-type counts in each cluster, for its colour
    clusterProperties: Object.fromEntries(TYPES.map((t) => [t, ['+', ['case', ['==', ['get', 'type'], t], 1, 0]]])),
  });
  m.addLayer({
    id: 'clusters',
    type: 'circle',
    source: 'events',
    filter: ['has', 'point_count'],
    paint: {
      'circle-color': clusterColor,
      'circle-opacity': 0.85,
      'circle-stroke-color': '#fff',
      'circle-stroke-width': 1.5,
      'circle-radius': ['step', ['get', 'point_count'], 9, 10, 13, 100, 18, 1000, 24],
    },
  });
  m.addLayer({
    id: 'cluster-count',
    type: 'symbol',
    source: 'events',
    filter: ['has', 'point_count'],
    layout: {
      'text-field': ['get', 'point_count_abbreviated'],
      'text-font': [LABEL_FONT],
      'text-size': 11,
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': '#fff' },
  });
  m.addLayer({
    id: 'points',
    type: 'circle',
    source: 'events',
    filter: ['!', ['has', 'point_count']],
    paint: {
      'circle-color': [
        'match',
        ['get', 'type'],
        ...TYPES.flatMap((t) => [t, TYPE_COLORS[t]]),
        '#555',
      ] as unknown as ExpressionSpecification,
      'circle-radius': 6,
      'circle-stroke-color': '#fff',
      'circle-stroke-width': 1.5,
    },
  });
}
