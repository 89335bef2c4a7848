// The committed region boundaries (data/boundaries) and the small TopoJSON builder that made them.
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import { buildTopology, simplify } from '../../scripts/boundaries/topology.js';

const FILE = new URL('../../data/boundaries/regions.topo.json', import.meta.url);
type Geom = { type: string; coordinates: number[][][] | number[][][][] };
type F = { id: string; properties: Record<string, unknown>; geometry: Geom };

function rings(g: Geom): number[][][] {
  return g.type === 'Polygon'
    ? [(g.coordinates as number[][][])[0]]
    : (g.coordinates as number[][][][]).map((p) => p[0]);
}
function inside([x, y]: [number, number], ring: number[][]): boolean {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i],
      [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

describe('data/boundaries/regions.topo.json', () => {
  const topo = JSON.parse(readFileSync(FILE, 'utf8'));
  const regions = (feature(topo, topo.objects.regions) as unknown as { features: F[] }).features;
  const regionAt = (pt: [number, number]) =>
    regions.filter((f) => rings(f.geometry).some((r) => inside(pt, r))).map((f) => f.id);

  it('is compact and holds every RU, BY and UA region keyed by ISO 3166-2', () => {
    expect(statSync(FILE).size).toBeLessThan(300_000);
    const ids = new Set(regions.map((f) => f.id));
    expect(regions.length).toBeGreaterThan(110);
    for (const id of ['RU-MOW', 'RU-MOS', 'RU-SPE', 'RU-DA', 'RU-SA', 'BY-HM', 'UA-30', 'UA-43', 'UA-40'])
      expect(ids).toContain(id);
    expect(regions.every((f) => /^(RU|BY|UA)-[A-Z0-9]{1,3}$/.test(f.id))).toBe(true);
  });

  it.each([
    ['Moscow, Red Square', [37.62, 55.75], 'RU-MOW'],
    ['Sergiyev Posad (Moscow Oblast)', [38.13, 56.31], 'RU-MOS'],
    ['Simferopol', [34.1, 44.95], 'UA-43'],
    ['Sevastopol', [33.52, 44.6], 'UA-40'],
    ['Minsk', [27.56, 53.9], 'BY-HM'],
    ['Makhachkala', [47.5, 42.98], 'RU-DA'],
  ] as const)('%s lies in %s (Natural Earth swaps fixed)', (_name, pt, id) => {
    expect(regionAt([pt[0], pt[1]])).toContain(id);
  });

  it('files Crimea and Sevastopol under Ukraine, as ISO 3166 does', () => {
    for (const id of ['UA-43', 'UA-40']) expect(regions.find((f) => f.id === id)!.properties.country).toBe('UA');
  });

  it('carries neighbouring countries as outlines', () => {
    const names = (feature(topo, topo.objects.countries) as unknown as { features: F[] }).features.map(
      (f) => f.properties.name,
    );
    expect(names).toEqual(expect.arrayContaining(['Poland', 'Kazakhstan', 'Finland', 'Georgia']));
    expect(names).not.toContain('Russia');
  });
});

describe('buildTopology', () => {
  it('shares the border of two neighbouring squares as one arc, used in opposite directions', () => {
    const a = [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ] as [number, number][][];
    const b = [
      [
        [1, 0],
        [2, 0],
        [2, 1],
        [1, 1],
        [1, 0],
      ],
    ] as [number, number][][];
    const topo = buildTopology(
      [
        { layer: 'r', id: 'A', properties: {}, polygons: [a] },
        { layer: 'r', id: 'B', properties: {}, polygons: [b] },
      ],
      { tolerance: 0, scale: 1 },
    );
    const [ga, gb] = topo.objects.r.geometries as { arcs: number[][] }[];
    const shared = ga.arcs[0].filter((i) => gb.arcs[0].includes(~i));
    expect(shared).toHaveLength(1);
    const fc = feature(topo as never, topo.objects.r as never) as unknown as { features: F[] };
    expect(fc.features.map((f) => f.id)).toEqual(['A', 'B']);
  });

  it.each([
    [
      'a straight run keeps its ends',
      [
        [0, 0],
        [1, 0.01],
        [2, 0],
      ],
      0.1,
      [
        [0, 0],
        [2, 0],
      ],
    ],
    [
      'a real corner stays',
      [
        [0, 0],
        [1, 1],
        [2, 0],
      ],
      0.1,
      [
        [0, 0],
        [1, 1],
        [2, 0],
      ],
    ],
  ] as const)('simplify: %s', (_name, pts, tol, want) => {
    expect(
      simplify(
        pts.map((p) => [p[0], p[1]]),
        tol,
      ),
    ).toEqual(want);
  });
});
