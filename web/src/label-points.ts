// One label point per region (a polygon labelled by MapLibre gets a label per tile it spans, so a big
// region would be named several times): the centroid of its largest ring when that lies inside the
// ring, else a fallback point (the admin centre).
type Ring = number[][];

function ringArea(r: Ring): number {
  let a = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += (r[j][0] - r[i][0]) * (r[j][1] + r[i][1]);
  return a / 2;
}

function centroid(r: Ring): [number, number] | null {
  let [x, y, a] = [0, 0, 0];
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const f = r[j][0] * r[i][1] - r[i][0] * r[j][1];
    x += (r[j][0] + r[i][0]) * f;
    y += (r[j][1] + r[i][1]) * f;
    a += f;
  }
  return a === 0 ? null : [x / (3 * a), y / (3 * a)];
}

export function insideRing(p: [number, number], r: Ring): boolean {
  let inside = false;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    if (
      r[i][1] > p[1] !== r[j][1] > p[1] &&
      p[0] < ((r[j][0] - r[i][0]) * (p[1] - r[i][1])) / (r[j][1] - r[i][1]) + r[i][0]
    )
      inside = !inside;
  }
  return inside;
}

/** `geometry` is a GeoJSON Polygon or MultiPolygon. */
export function labelPoint(
  geometry: { type: string; coordinates: unknown },
  fallback: [number, number] | null,
): [number, number] | null {
  const polys = (
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : []
  ) as Ring[][];
  let best: Ring | null = null;
  for (const p of polys) if (p[0] && (!best || Math.abs(ringArea(p[0])) > Math.abs(ringArea(best)))) best = p[0];
  const c = best ? centroid(best) : null;
  if (c && best && insideRing(c, best)) return c;
  return fallback;
}
