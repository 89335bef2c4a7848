// What the map's colours mean: the region shading (events per region) and the point colours (event
// types present in this view; a cluster takes the colour of its most frequent type).
import { TYPE_COLORS, typeLabel } from '../event-types';
import { REGION_STEPS } from './map-layers';

export function MapLegend({ types }: { types: string[] }) {
  return (
    <div className="map-legend" data-testid="map-legend" role="group" aria-label="map legend">
      <div className="legend-title">Events per region</div>
      <div className="legend-ramp">
        {REGION_STEPS.map(([n, color], i) => (
          <span key={n}>
            <i style={{ background: color }} />
            {i === 0 ? 'none' : i === REGION_STEPS.length - 1 ? `${n}+` : `${n}–${REGION_STEPS[i + 1][0] - 1}`}
          </span>
        ))}
      </div>
      {types.length > 0 && (
        <>
          <div className="legend-title">
            Event type <small>(a cluster: its most frequent type)</small>
          </div>
          <div className="legend-types">
            {types.map((t) => (
              <span key={t}>
                <i className="dot" style={{ background: TYPE_COLORS[t] ?? '#555' }} />
                {typeLabel(t)}
              </span>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
