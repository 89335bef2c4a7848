// The audit rows of an event, oldest first, as sentences: what was done, by whom, when and why.
import type { AuditEntry } from '../api-types.gen';
import { describeAudit } from '../audit-text';
import { navigate } from '../router';

export function History({ items, search }: { items: AuditEntry[]; search: string }) {
  return (
    <section className="history" aria-label="history">
      <h2>History</h2>
      {!items.length ? (
        <p>
          <em>No review actions yet.</em>
        </p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>When (UTC)</th>
              <th>What</th>
              <th>Reason</th>
            </tr>
          </thead>
          <tbody>
            {items.map((h) => (
              <tr key={h.id} data-testid="audit-row">
                <td className="when">{h.created_at.replace('T', ' ').slice(0, 16)}</td>
                <td>
                  {/* biome-ignore-start lint/suspicious/noArrayIndexKey: a sentence's parts, rebuilt whole, never reordered */}
                  {describeAudit(h).map((p, i) =>
                    p.event ? (
                      <a
                        key={i}
                        href={`/event/${p.event}${search}`}
                        onClick={(e) => {
                          if (e.button === 0 && !e.ctrlKey && !e.metaKey) {
                            e.preventDefault();
                            navigate(`/event/${p.event}${search}`);
                          }
                        }}
                      >
                        {p.text}
                      </a>
                    ) : (
                      <span key={i}>{p.text}</span>
                    ),
                  )}
                  {/* biome-ignore-end lint/suspicious/noArrayIndexKey: (the parts above) */}
                  {' by '}
                  <b>{h.username ?? 'the command line'}</b>
                </td>
                <td>{h.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
