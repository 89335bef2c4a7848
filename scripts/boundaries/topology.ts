// A minimal TopoJSON builder: quantise, cut rings at junctions, share identical border runs as one arc,
// simplify each arc once (Douglas–Peucker), delta-encode. Shared borders are simplified once, so the
// two sides stay identical.
export type Ring = [number, number][];
export type Polygon = Ring[];
export interface InputShape {
  layer: string;
  id: string;
  properties: Record<string, unknown>;
  polygons: Polygon[];
}
type Pt = [number, number];

export function buildTopology(shapes: InputShape[], opts: { tolerance: number; scale: number }) {
  const q = (v: number) => Math.round(v / opts.scale);
  const key = (p: Pt) => `${p[0]},${p[1]}`;

  // 1. quantise and drop repeated points; rings stay closed (first === last)
  const rings: Pt[][] = [];
  const shapeRings = shapes.map((s) =>
    s.polygons.map((poly) =>
      poly
        .map((ring) => {
          const out: Pt[] = [];
          for (const [x, y] of ring) {
            const p: Pt = [q(x), q(y)];
            if (!out.length || key(out[out.length - 1]) !== key(p)) out.push(p);
          }
          if (key(out[0]) !== key(out[out.length - 1])) out.push(out[0]);
          rings.push(out);
          return rings.length - 1;
        })
        .filter((i) => rings[i].length >= 4),
    ),
  );

  // 2. junctions: points whose neighbours differ between the rings that use them
  const neighbours = new Map<string, Set<string>>();
  for (const ring of rings) {
    const n = ring.length - 1;
    for (let i = 0; i < n; i++) {
      const k = key(ring[i]);
      const pair = [key(ring[(i + n - 1) % n]), key(ring[(i + 1) % n])].sort().join('|');
      let set = neighbours.get(k);
      if (!set) neighbours.set(k, (set = new Set()));
      set.add(pair);
    }
  }
  const isJunction = (p: Pt) => (neighbours.get(key(p))?.size ?? 0) > 1;

  // 3. cut rings into runs between junctions; identical runs (either direction) become one arc
  const arcs: Pt[][] = [];
  const arcIndex = new Map<string, number>();
  const arcOf = (run: Pt[]): number => {
    const fwd = run.map(key).join(';');
    const rev = [...run].reverse().map(key).join(';');
    if (arcIndex.has(fwd)) return arcIndex.get(fwd)!;
    if (arcIndex.has(rev)) return ~arcIndex.get(rev)!;
    arcs.push(run);
    arcIndex.set(fwd, arcs.length - 1);
    return arcs.length - 1;
  };
  const ringArcs = rings.map((ring) => {
    const open = ring.slice(0, -1);
    const start = open.findIndex(isJunction);
    if (start < 0) return [arcOf(ring)];
    const rotated = [...open.slice(start), ...open.slice(0, start), open[start]];
    const refs: number[] = [];
    let run: Pt[] = [rotated[0]];
    for (let i = 1; i < rotated.length; i++) {
      run.push(rotated[i]);
      if (isJunction(rotated[i])) {
        refs.push(arcOf(run));
        run = [rotated[i]];
      }
    }
    return refs;
  });

  // 4. simplify and delta-encode each arc
  const tol = opts.tolerance / opts.scale;
  const encoded = arcs.map((arc) => {
    const closed = arc.length > 3 && key(arc[0]) === key(arc[arc.length - 1]);
    let kept = simplify(arc, tol);
    if (closed && kept.length < 4)
      kept =
        arc.length <= 4
          ? arc
          : [arc[0], arc[Math.floor(arc.length / 3)], arc[Math.floor((2 * arc.length) / 3)], arc[0]];
    let px = 0,
      py = 0;
    return kept.map(([x, y]) => {
      const d: Pt = [x - px, y - py];
      px = x;
      py = y;
      return d;
    });
  });

  const objects: Record<string, { type: 'GeometryCollection'; geometries: unknown[] }> = {};
  shapes.forEach((s, si) => {
    const polys = shapeRings[si].map((ringIds) => ringIds.map((r) => ringArcs[r])).filter((p) => p.length);
    if (!polys.length) return;
    (objects[s.layer] ??= { type: 'GeometryCollection', geometries: [] }).geometries.push(
      polys.length === 1
        ? { type: 'Polygon', id: s.id, properties: s.properties, arcs: polys[0] }
        : { type: 'MultiPolygon', id: s.id, properties: s.properties, arcs: polys },
    );
  });
  return {
    type: 'Topology' as const,
    transform: { scale: [opts.scale, opts.scale], translate: [0, 0] },
    objects,
    arcs: encoded,
  };
}

/** Douglas–Peucker, iterative; keeps both ends. */
export function simplify(points: Pt[], tolerance: number): Pt[] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    let best = -1,
      bestD = tolerance;
    for (let i = a + 1; i < b; i++) {
      const d = distanceToSegment(points[i], points[a], points[b]);
      if (d > bestD) {
        bestD = d;
        best = i;
      }
    }
    if (best >= 0) {
      keep[best] = 1;
      stack.push([a, best], [best, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function distanceToSegment(p: Pt, a: Pt, b: Pt): number {
  const dx = b[0] - a[0],
    dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2)) : 0;
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}
