// In-memory clustering with the same rule the store applies one mention at a time: each record
// joins the earlier cluster pickIncident chooses among those with no record from its own document
// (within one document an incident is coded once, so two records there are two incidents).
import type { EventRecord } from '../model/event.js';
import { pickIncident } from './match.js';
import { combine, type CuratedFields } from './combine.js';

export interface Cluster {
  records: EventRecord[];
  fields: CuratedFields;
}

export function cluster(records: readonly EventRecord[]): Cluster[] {
  const clusters: Cluster[] = [];
  for (const r of records) {
    const open = clusters.filter((c) => !c.records.some((x) => x.doc === r.doc));
    const home = open[pickIncident(r, open.map((c) => c.fields))];
    if (home) {
      home.records.push(r);
      home.fields = combine(home.records);
    } else {
      clusters.push({ records: [r], fields: combine([r]) });
    }
  }
  return clusters;
}
