// The map: neighbour countries and a region choropleth (event counts per ISO 3166-2 region) from the
// committed boundary file, and clustered event points coloured by type. GeoJSON sources only — no tile
// or glyph server, so nothing is fetched from the internet and there are no text labels.
import { useEffect, useRef } from 'react';
import { Map as MapLibre, setWorkerUrl, type GeoJSONSource, type ExpressionSpecification, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature } from 'topojson-client';
import { TYPE_COLORS } from '../event-types';

setWorkerUrl(workerUrl);

const TYPES = Object.keys(TYPE_COLORS);
/** Belarus, Ukraine and Russia up to Chukotka (lon, lat). */
const HOME_BOUNDS: [[number, number], [number, number]] = [[14, 40], [180, 78]];
type FC = { type: 'FeatureCollection'; features: { type: 'Feature'; id?: string | number; properties: Record<string, unknown>; geometry: unknown }[] };

/** Cluster colour: the type with the most points in the cluster. */
const clusterColor: ExpressionSpecification = (() => {
  const max: ExpressionSpecification = ['max', ...TYPES.map((t) => ['get', t] as ExpressionSpecification)] as unknown as ExpressionSpecification;
  const cases: unknown[] = ['case'];
  for (const t of TYPES) cases.push(['==', ['get', t], max], TYPE_COLORS[t]);
  cases.push('#555');
  return cases as ExpressionSpecification;
})();

const style: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'sea', type: 'background', paint: { 'background-color': '#dfe9f2' } }],
};

async function loadBoundaries(): Promise<{ regions: FC; countries: FC }> {
  const topo = (await import('../../../data/boundaries/regions.topo.json')).default as unknown as Parameters<typeof feature>[0] & { objects: Record<string, never> };
  return { regions: feature(topo, topo.objects.regions) as unknown as FC, countries: feature(topo, topo.objects.countries) as unknown as FC };
}

export interface MapViewProps {
  geojsonUrl: string;
  onOpenEvent: (id: string) => void;
  onPickRegion: (admin1: string) => void;
}

export function MapView({ geojsonUrl, onOpenEvent, onPickRegion }: MapViewProps) {
  const box = useRef<HTMLDivElement>(null);
  const map = useRef<MapLibre | null>(null);
  const regions = useRef<FC | null>(null);
  const handlers = useRef({ onOpenEvent, onPickRegion });
  handlers.current = { onOpenEvent, onPickRegion };

  useEffect(() => {
    const m = new MapLibre({ container: box.current!, style, bounds: HOME_BOUNDS, fitBoundsOptions: { padding: 10 }, attributionControl: false, renderWorldCopies: false });
    map.current = m;
    (window as unknown as { __khronikaMap: MapLibre }).__khronikaMap = m; // for the browser tests
    const boundaries = loadBoundaries(); // in parallel with the map's start-up
    m.on('load', async () => {
      const b = await boundaries;
      regions.current = b.regions;
      m.addSource('countries', { type: 'geojson', data: b.countries as never });
      m.addSource('regions', { type: 'geojson', data: withCounts(b.regions, {}) as never });
      m.addLayer({ id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': '#f4f1ea' } });
      m.addLayer({ id: 'countries-line', type: 'line', source: 'countries', paint: { 'line-color': '#b9b3a6', 'line-width': 0.6 } });
      m.addLayer({ id: 'regions-fill', type: 'fill', source: 'regions', paint: {
        'fill-color': ['interpolate', ['linear'], ['get', 'n'], 0, '#fbf8f2', 1, '#fde0c5', 10, '#f9a66c', 100, '#d9480f'],
      } });
      m.addLayer({ id: 'regions-line', type: 'line', source: 'regions', paint: { 'line-color': '#9c8f7a', 'line-width': 0.5 } });
      m.addSource('events', {
        type: 'geojson', data: { type: 'FeatureCollection', features: [] }, cluster: true, clusterRadius: 40, clusterMaxZoom: 9,
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
      m.on('click', 'clusters', async (e) => {
        const f = e.features?.[0];
        if (!f) return;
        const zoom = await (m.getSource('events') as GeoJSONSource).getClusterExpansionZoom(f.properties.cluster_id as number);
        m.easeTo({ center: (f.geometry as unknown as { coordinates: [number, number] }).coordinates, zoom });
      });
      m.on('click', 'points', (e) => { const id = e.features?.[0]?.properties?.id; if (id !== undefined) handlers.current.onOpenEvent(String(id)); });
      m.on('click', 'regions-fill', (e) => {
        if (m.queryRenderedFeatures(e.point, { layers: ['clusters', 'points'] }).length) return;
        const id = e.features?.[0]?.properties?.iso;
        if (id) handlers.current.onPickRegion(String(id));
      });
      for (const layer of ['clusters', 'points']) {
        m.on('mouseenter', layer, () => { m.getCanvas().style.cursor = 'pointer'; });
        m.on('mouseleave', layer, () => { m.getCanvas().style.cursor = ''; });
      }
      loaded.current = true;
      draw();
    });
    return () => { m.remove(); map.current = null; loaded.current = false; };
  }, []);

  // Points are fetched as soon as the URL is known, in parallel with the map's own start-up.
  const loaded = useRef(false);
  const data = useRef<FC | null>(null);
  const draw = () => {
    const m = map.current;
    if (!m || !loaded.current || !data.current || !regions.current) return;
    showEvents(m, data.current, regions.current);
  };
  useEffect(() => {
    const ctl = new AbortController();
    box.current?.removeAttribute('data-loaded');
    // After the list request (queued first by the explorer), so the list is never stuck behind the points.
    const timer = setTimeout(() => {
      fetch(geojsonUrl, { credentials: 'same-origin', signal: ctl.signal })
        .then((r) => (r.ok ? r.json() : null)).then((fc: FC | null) => { if (fc) { data.current = fc; draw(); } }, () => {});
    }, 0);
    return () => { clearTimeout(timer); ctl.abort(); };
  }, [geojsonUrl]);

  return <div ref={box} className="map" data-testid="map" />;
}

/** Points, and the choropleth counted from the same points so both always show one query. */
function showEvents(m: MapLibre, data: FC, regions: FC) {
  const byRegion: Record<string, number> = {};
  for (const f of data.features) {
    const a = f.properties.admin1;
    if (typeof a === 'string') byRegion[a] = (byRegion[a] ?? 0) + 1;
  }
  (m.getSource('events') as GeoJSONSource | undefined)?.setData(data as never);
  (m.getSource('regions') as GeoJSONSource | undefined)?.setData(withCounts(regions, byRegion) as never);
  m.once('idle', () => m.getContainer().setAttribute('data-loaded', String(data.features.length)));
}

function withCounts(fc: FC, counts: Record<string, number> | undefined): FC {
  return { ...fc, features: fc.features.map((f) => ({ ...f, properties: { ...f.properties, iso: f.id, n: counts?.[String(f.id)] ?? 0 } })) };
}
