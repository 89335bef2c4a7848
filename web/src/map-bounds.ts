// The box around a query's points, for the map to zoom to (null when there are none).
type Points = { features: { geometry: unknown }[] };

export function boundsOf(fc: Points): [[number, number], [number, number]] | null {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of fc.features) {
    const c = (f.geometry as { type?: string; coordinates?: unknown })?.coordinates;
    if (
      !Array.isArray(c) ||
      typeof c[0] !== 'number' ||
      typeof c[1] !== 'number' ||
      !Number.isFinite(c[0]) ||
      !Number.isFinite(c[1])
    )
      continue;
    [w, s, e, n] = [Math.min(w, c[0]), Math.min(s, c[1]), Math.max(e, c[0]), Math.max(n, c[1])];
  }
  return w === Infinity
    ? null
    : [
        [w, s],
        [e, n],
      ];
}
