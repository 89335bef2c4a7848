// Histogram of events per bucket with a brush: drag across bars to set from/to, click clears.
import { useRef, useState } from 'react';

import type { Bucket } from '../buckets';

export function Timeline({ series, onRange, from, to }: { series: Bucket[]; onRange: (from?: string, to?: string) => void; from?: string; to?: string }) {
  const [drag, setDrag] = useState<{ a: number; b: number } | null>(null);
  const ref = useRef<SVGSVGElement>(null);
  const W = 600, H = 80;
  const n = Math.max(series.length, 1);
  const max = Math.max(1, ...series.map((b) => b.count));
  const bw = W / n;
  const indexAt = (clientX: number) => {
    const r = ref.current!.getBoundingClientRect();
    return Math.max(0, Math.min(n - 1, Math.floor(((clientX - r.left) / r.width) * n)));
  };
  const inRange = (b: Bucket) => (!from || b.bucket >= from.slice(0, b.bucket.length)) && (!to || b.bucket <= to.slice(0, b.bucket.length));
  const finish = () => {
    if (!drag) return;
    const [i, j] = [Math.min(drag.a, drag.b), Math.max(drag.a, drag.b)];
    setDrag(null);
    if (i === j && (from || to)) return onRange(undefined, undefined);
    onRange(series[i]?.bucket, series[j]?.bucket);
  };
  if (!series.length) return <div className="timeline empty">No dated events in this view.</div>;
  return (
    <div className="timeline" aria-label="timeline">
      <svg ref={ref} viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" role="img" aria-label="events per period; drag to filter by date"
        onMouseDown={(e) => { const i = indexAt(e.clientX); setDrag({ a: i, b: i }); }}
        onMouseMove={(e) => drag && setDrag({ ...drag, b: indexAt(e.clientX) })}
        onMouseUp={finish} onMouseLeave={finish}>
        {series.map((b, i) => {
          const h = (b.count / max) * (H - 4);
          const sel = drag ? i >= Math.min(drag.a, drag.b) && i <= Math.max(drag.a, drag.b) : (!!from || !!to) && inRange(b);
          return <rect key={b.bucket} x={i * bw + 0.5} y={H - h} width={Math.max(bw - 1, 0.5)} height={h} className={sel ? 'bar sel' : 'bar'}><title>{`${b.bucket}: ${b.count}`}</title></rect>;
        })}
      </svg>
      <div className="timeline-axis"><span>{series[0].bucket}</span><span>{series[series.length - 1].bucket}</span></div>
    </div>
  );
}
