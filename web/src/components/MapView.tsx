// The map component: boundaries and points from map-layers, clicks to open an event (point), zoom in
// (cluster) or filter by region (choropleth), and the points of the current query fetched as soon as
// the URL is known.
import { useEffect, useRef, useState } from 'react';
import { Map as MapLibre, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { addLayers, BASE_STYLE, HOME_BOUNDS, loadBoundaries, setRegionCounts, type FC } from './map-layers';
import type { MapPointCollection } from '../api-types.gen';
import { MapLegend } from './MapLegend';
import { boundsOf } from '../map-bounds';

setWorkerUrl(workerUrl);

export interface MapViewProps {
  /** null: show no points (the filter is not valid) */
  geojsonUrl: string | null;
  onOpenEvent: (id: string) => void;
  onPickRegion: (admin1: string) => void;
  /** exact events per region for the same query (counts.by_admin1); until known, the points are counted */
  regionCounts?: Record<string, number>;
}

export function MapView({ geojsonUrl, onOpenEvent, onPickRegion, regionCounts }: MapViewProps) {
  const box = useRef<HTMLDivElement>(null);
  const map = useRef<MapLibre | null>(null);
  const regions = useRef<FC | null>(null);
  const handlers = useRef({ onOpenEvent, onPickRegion });
  handlers.current = { onOpenEvent, onPickRegion };

  // biome-ignore lint/correctness/useExhaustiveDependencies: the map is built once; draw reads refs only
  useEffect(() => {
    const m = new MapLibre({
      container: box.current!,
      style: BASE_STYLE,
      bounds: HOME_BOUNDS,
      fitBoundsOptions: { padding: 10 },
      attributionControl: false,
      renderWorldCopies: false,
      fadeDuration: 0,
    });
    map.current = m;
    (window as unknown as { __khronikaMap: MapLibre }).__khronikaMap = m; // for the browser tests
    const boundaries = loadBoundaries(); // in parallel with the map's start-up
    m.on('load', async () => {
      const b = await boundaries;
      regions.current = b.regions;
      addLayers(m, b);
      m.on('click', 'clusters', async (e) => {
        const f = e.features?.[0];
        if (!f) return;
        const zoom = await (m.getSource('events') as GeoJSONSource).getClusterExpansionZoom(
          f.properties.cluster_id as number,
        );
        m.easeTo({ center: (f.geometry as unknown as { coordinates: [number, number] }).coordinates, zoom });
      });
      m.on('click', 'points', (e) => {
        const id = e.features?.[0]?.properties?.id;
        if (id !== undefined) handlers.current.onOpenEvent(String(id));
      });
      m.on('click', 'regions-fill', (e) => {
        if (m.queryRenderedFeatures(e.point, { layers: ['clusters', 'points'] }).length) return;
        const id = e.features?.[0]?.properties?.iso;
        if (id) handlers.current.onPickRegion(String(id));
      });
      for (const layer of ['clusters', 'points']) {
        m.on('mouseenter', layer, () => {
          m.getCanvas().style.cursor = 'pointer';
        });
        m.on('mouseleave', layer, () => {
          m.getCanvas().style.cursor = '';
        });
      }
      loaded.current = true;
      draw();
    });
    return () => {
      m.remove();
      map.current = null;
      loaded.current = false;
    };
  }, []);

  // Points are fetched as soon as the URL is known, in parallel with the map's own start-up.
  const loaded = useRef(false);
  const data = useRef<MapPointCollection | null>(null);
  const draw = () => {
    const m = map.current;
    if (!m || !loaded.current || !data.current || !regions.current) return;
    showEvents(m, data.current);
    shade();
    // A new query: zoom to its events (the points of a filter matter more than the whole country).
    if (fitFor.current !== drawnUrl.current) {
      fitFor.current = drawnUrl.current;
      const b = boundsOf(data.current);
      if (b) m.fitBounds(b, { padding: 40, maxZoom: 5.5, animate: false });
    }
  };
  const fitFor = useRef<string | null>(null);
  const drawnUrl = useRef<string | null>(null);
  const [types, setTypes] = useState<string[]>([]);
  // The map receives at most 10k points: on a bigger store only the server's counts shade regions
  // right. They come after the points; re-shading leaves the (costly to re-cluster) points alone.
  const counts = useRef(regionCounts);
  const shade = () => {
    const m = map.current;
    if (!m || !loaded.current || !data.current || !regions.current) return;
    setRegionCounts(m, regions.current, counts.current ?? countByRegion(data.current));
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: shade reads refs only; it runs when the counts change
  useEffect(() => {
    counts.current = regionCounts;
    shade();
  }, [regionCounts]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: draw reads refs only; the points load when the URL changes
  useEffect(() => {
    const ctl = new AbortController();
    box.current?.removeAttribute('data-loaded');
    // After the list request (queued first by the explorer), so the list is never stuck behind the points.
    if (geojsonUrl === null) {
      data.current = { type: 'FeatureCollection', features: [] };
      drawnUrl.current = null;
      setTypes([]);
      draw();
      return;
    }
    const timer = setTimeout(() => {
      fetch(geojsonUrl, { credentials: 'same-origin', signal: ctl.signal })
        .then((r) => (r.ok ? r.json() : null))
        .then(
          (fc: MapPointCollection | null) => {
            if (!fc) return;
            data.current = fc;
            drawnUrl.current = geojsonUrl;
            setTypes([...new Set(fc.features.map((f) => String(f.properties.type)))].sort());
            draw();
          },
          () => {},
        );
    }, 0);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [geojsonUrl]);

  return (
    <div className="map-wrap">
      <div ref={box} className="map" data-testid="map" />
      <MapLegend types={types} />
    </div>
  );
}

function showEvents(m: MapLibre, data: MapPointCollection) {
  (m.getSource('events') as GeoJSONSource | undefined)?.setData(data as never);
  m.once('idle', () => m.getContainer().setAttribute('data-loaded', String(data.features.length)));
}

/** Until the server's counts come: the regions shaded by the points received. */
function countByRegion(data: MapPointCollection): Record<string, number> {
  const byRegion: Record<string, number> = {};
  for (const f of data.features) {
    const a = f.properties.admin1;
    if (typeof a === 'string') byRegion[a] = (byRegion[a] ?? 0) + 1;
  }
  return byRegion;
}
