// The three files the de-duplication diagnostics read (DOCS GOLD INCIDENTS on the command line):
// trusted development data, so read whole and parsed without a schema except the incidents.
import { readFileSync } from 'node:fs';
import type { GoldFileLine } from '../../src/model/event.js';
import { GoldIncidentsSchema } from '../../src/eval/cluster-score.js';

const jsonLines = (p: string) =>
  readFileSync(p, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

export function readIncidentCorpus(args: readonly string[]) {
  const [docsPath, goldPath, incPath] = args;
  if (!docsPath || !goldPath || !incPath) throw new Error('usage: DOCS GOLD INCIDENTS');
  return {
    docs: jsonLines(docsPath),
    gold: jsonLines(goldPath) as GoldFileLine[],
    incidents: GoldIncidentsSchema.parse(JSON.parse(readFileSync(incPath, 'utf8'))),
  };
}
