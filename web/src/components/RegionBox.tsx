// The region box: type a region's English or Russian name or its ISO code (several, comma-separated),
// pick from the suggestions under it; a name that is no region is said so in the box, never ignored.
import { useEffect, useId, useState } from 'react';
import { REGIONS, regionLabel } from '../regions';

export function RegionBox({
  codes,
  raw,
  error,
  onCommit,
}: {
  codes?: string[];
  raw?: string | null;
  error?: string | null;
  onCommit: (value: string) => void;
}) {
  // an unknown name stays in the box, with its error, as the address bar has it
  const shown = error && raw ? raw : (codes ?? []).map(regionLabel).join(', ');
  const [v, setV] = useState(shown);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const errId = useId();
  useEffect(() => setV(shown), [shown]);

  const parts = v.split(',');
  const last = parts[parts.length - 1].trim();
  const suggestions = open && last ? REGIONS.suggest(last, 8) : [];
  const commit = (value = v) => {
    setOpen(false);
    if (value.trim() !== shown) onCommit(value.trim());
  };
  const pick = (iso: string) => {
    const value = [
      ...parts
        .slice(0, -1)
        .map((p) => p.trim())
        .filter(Boolean),
      regionLabel(iso),
    ].join(', ');
    setV(value);
    commit(value);
  };

  return (
    <label className="region-box">
      Region
      <span className="combo">
        <input
          name="admin1"
          value={v}
          placeholder="name or code, e.g. Bashkortostan"
          maxLength={300}
          autoComplete="off"
          role="combobox"
          aria-expanded={suggestions.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errId : undefined}
          onChange={(e) => {
            setV(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onBlur={() => commit()}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' && suggestions.length) {
              e.preventDefault();
              setActive((a) => (a + 1) % suggestions.length);
            } else if (e.key === 'ArrowUp' && suggestions.length) {
              e.preventDefault();
              setActive((a) => (a + suggestions.length - 1) % suggestions.length);
            } else if (e.key === 'Escape') setOpen(false);
            else if (e.key === 'Enter') {
              e.preventDefault();
              if (suggestions[active]) pick(suggestions[active].entry.iso);
              else commit();
            }
          }}
        />
        {/* biome-ignore-start lint/a11y: the WAI-ARIA combobox pattern: a ul/li listbox, focus stays in the input (aria-activedescendant) */}
        {suggestions.length > 0 && (
          <ul id={listId} role="listbox" className="suggestions" aria-label="regions">
            {suggestions.map((s, i) => (
              <li
                key={s.entry.iso}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                // mousedown, not click: the input's blur (which commits what was typed) must not come first
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(s.entry.iso);
                }}
              >
                {s.entry.short}
                {s.matched !== s.entry.short && s.matched !== s.entry.name && (
                  <>
                    {' '}
                    · <i>{s.matched}</i>
                  </>
                )}{' '}
                <small>{s.entry.iso}</small>
              </li>
            ))}
          </ul>
        )}
        {/* biome-ignore-end lint/a11y: (the listbox above) */}
        {error && (
          <span id={errId} className="field-error" role="alert" data-testid="region-error">
            {error}
          </span>
        )}
      </span>
    </label>
  );
}
