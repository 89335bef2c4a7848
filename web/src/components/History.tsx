// The audit rows of an event, oldest first.
import type { AuditRow } from '../api';

export function History({ items }: { items: AuditRow[] }) {
  return (
    <section className="history" aria-label="history">
      <h2>History</h2>
      {!items.length ? <p><em>No review actions yet.</em></p> : (
        <table>
          <thead><tr><th>When</th><th>Who</th><th>Action</th><th>Reason</th><th>Detail</th></tr></thead>
          <tbody>{items.map((h) => (
            <tr key={h.id} data-testid="audit-row">
              <td>{h.created_at.replace('T', ' ').slice(0, 19)}</td><td>{h.username ?? 'system'}</td>
              <td>{h.action}</td><td>{h.reason ?? ''}</td><td><code>{JSON.stringify(h.detail)}</code></td>
            </tr>
          ))}</tbody>
        </table>
      )}
    </section>
  );
}
