// Histogram of events per bucket with a date axis and a brush: drag across bars to set from/to, click
// clears. Drawn in real pixels (the box's measured width), so bars keep a sensible width however few
// buckets there are, and tick labels never crowd.
import { useLayoutEffect, useRef, useState } from 'react';
import type { Bucket } from '../buckets';
import { timeTicks } from '../time-axis';

const BARS_H = 80,
  AXIS_H = 20,
  MAX_BAR = 36;

export function Timeline({
  series,
  onRange,
  from,
  to,
}: {
  series: Bucket[];
  onRange: (from?: string, to?: string) => void;
  from?: string;
  to?: string;
}) {
  const [drag, setDrag] = useState<{ a: number; b: number } | null>(null);
  const ref = useRef<SVGSVGElement>(null);
  const [W, setW] = useState(600);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setW(Math.max(100, el.clientWidth));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [series.length > 0]);
  const n = Math.max(series.length, 1);
  const max = Math.max(1, ...series.map((b) => b.count));
  const slot = W / n;
  // a bar fills its slot, less a gap, but no wider than MAX_BAR (one bucket is not a wall)
  const bw = Math.max(Math.min(slot - (slot > 4 ? 2 : 0.5), MAX_BAR), 0.5);
  const indexAt = (clientX: number) => {
    const r = ref.current!.getBoundingClientRect();
    return Math.max(0, Math.min(n - 1, Math.floor(((clientX - r.left) / r.width) * n)));
  };
  const inRange = (b: Bucket) =>
    (!from || b.bucket >= from.slice(0, b.bucket.length)) && (!to || b.bucket <= to.slice(0, b.bucket.length));
  const finish = () => {
    if (!drag) return;
    const [i, j] = [Math.min(drag.a, drag.b), Math.max(drag.a, drag.b)];
    setDrag(null);
    if (i === j && (from || to)) return onRange(undefined, undefined);
    onRange(series[i]?.bucket, series[j]?.bucket);
  };
  if (!series.length) return <div className="timeline empty">No dated events in this view.</div>;
  const ticks = timeTicks(
    series.map((b) => b.bucket),
    W,
  );
  return (
    <div className="timeline" role="group" aria-label="timeline">
      <svg
        ref={ref}
        viewBox={`0 0 ${W} ${BARS_H + AXIS_H}`}
        role="img"
        aria-label="events per period; drag to filter by date"
        onMouseDown={(e) => {
          const i = indexAt(e.clientX);
          setDrag({ a: i, b: i });
        }}
        onMouseMove={(e) => drag && setDrag({ ...drag, b: indexAt(e.clientX) })}
        onMouseUp={finish}
        onMouseLeave={finish}
      >
        <text x={4} y={11} className="scale">{`highest bar: ${max}`}</text>
        {series.map((b, i) => {
          const h = (b.count / max) * (BARS_H - 16);
          const sel = drag
            ? i >= Math.min(drag.a, drag.b) && i <= Math.max(drag.a, drag.b)
            : (!!from || !!to) && inRange(b);
          return (
            <rect
              key={b.bucket}
              data-bucket={b.bucket}
              x={i * slot + (slot - bw) / 2}
              y={BARS_H - h}
              width={bw}
              height={h}
              className={sel ? 'bar sel' : 'bar'}
            >
              <title>{`${b.bucket}: ${b.count}`}</title>
            </rect>
          );
        })}
        <line x1={0} x2={W} y1={BARS_H + 0.5} y2={BARS_H + 0.5} className="axis" />
        <g data-testid="time-ticks">
          {ticks.map((t) => {
            const x = t.index * slot + slot / 2;
            const anchor = x < 30 ? 'start' : x > W - 30 ? 'end' : 'middle';
            return (
              <g key={t.index} className="tick">
                <line x1={x} x2={x} y1={BARS_H} y2={BARS_H + 4} />
                <text
                  x={anchor === 'start' ? Math.max(x - 2, 1) : anchor === 'end' ? Math.min(x + 2, W - 1) : x}
                  y={BARS_H + 15}
                  textAnchor={anchor}
                >
                  {t.label}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
    </div>
  );
}
