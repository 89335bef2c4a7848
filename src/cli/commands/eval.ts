// `khronika eval --docs D --gold G [--json] [--verbose]`: runs the extractor over a JSONL of documents
// and scores it against a gold JSONL (docs/event-format.md, "Scoring"). Bad lines are reported with
// file and line and skipped; the exit code is 1 when any line was bad, so scripts notice.
import type { Command } from 'commander';
import { InputDocumentSchema } from '../../model/document.js';
import { GoldFileLineSchema } from '../../model/event.js';
import { extract } from '../../extract/index.js';
import { detectLanguage } from '../../nlp/language.js';
import { readFile } from 'node:fs/promises';
import {
  evaluate,
  formatClusterReport,
  formatLineError,
  formatReport,
  GoldIncidentsSchema,
  readJsonlFile,
  type ClusterReport,
} from '../../eval/index.js';
import type { InputDocument } from '../../model/document.js';
import type { GoldFileLine } from '../../model/event.js';
import { evaluateIncidents, evaluateIncidentsOnGold } from './eval-incidents.js';
import { registryActorFolder } from '../../eval/actor-folder.js';

interface EvalOptions {
  docs: string;
  gold: string;
  incidents?: string;
  json?: boolean;
  verbose?: boolean;
}

async function runEval(opts: EvalOptions): Promise<void> {
  const [docs, gold] = await Promise.all([
    readJsonlFile(opts.docs, InputDocumentSchema),
    readJsonlFile(opts.gold, GoldFileLineSchema),
  ]);
  const lineErrors = [...docs.errors, ...gold.errors].map(formatLineError);
  const { report, warnings } = evaluate({
    docs: docs.items.map((i) => i.value),
    gold: gold.items.map((i) => i.value),
    extract,
    detectLanguage,
    foldActor: registryActorFolder(),
  });
  const clustering = opts.incidents
    ? await scoreIncidents(
        opts.incidents,
        docs.items.map((i) => i.value),
        gold.items.map((i) => i.value),
      )
    : undefined;
  if (opts.json) {
    const { perDocument, ...summary } = report;
    const out = opts.verbose
      ? report
      : { ...summary, perDocument: perDocument.map(({ falsePositives, misses, mismatches, ...counts }) => counts) };
    process.stdout.write(
      JSON.stringify({ report: out, ...(clustering ? { clustering } : {}), warnings, errors: lineErrors }, null, 2) +
        '\n',
    );
  } else {
    for (const line of [...lineErrors, ...warnings]) process.stderr.write(`khronika eval: ${line}\n`);
    process.stdout.write(formatReport(report, opts.verbose) + '\n');
    if (clustering) {
      process.stdout.write(`\nExtracted mentions. ${formatClusterReport(clustering.extracted, opts.verbose)}\n`);
      process.stdout.write(
        `\nGold records as mentions. ${formatClusterReport(clustering.goldRecords, opts.verbose)}\n`,
      );
    }
  }
  if (lineErrors.length > 0) process.exitCode = 1;
}

/** The incidents file is read whole: bounded, so a wrong path to a huge file fails clearly. */
const MAX_INCIDENTS_BYTES = 20 * 1024 * 1024;

async function scoreIncidents(
  path: string,
  docs: InputDocument[],
  gold: GoldFileLine[],
): Promise<{ extracted: ClusterReport; goldRecords: ClusterReport }> {
  const text = await readFile(path, 'utf8');
  if (text.length > MAX_INCIDENTS_BYTES)
    throw new Error(`--incidents: ${path} is larger than ${MAX_INCIDENTS_BYTES} bytes`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new Error(`--incidents: ${path} is not JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  const parsed = GoldIncidentsSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(
      `--incidents: ${path}: ${parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ')}`,
    );
  const input = { docs, gold, incidents: parsed.data, detectLanguage, foldActor: registryActorFolder() };
  return {
    extracted: await evaluateIncidents({ ...input, extract }),
    goldRecords: await evaluateIncidentsOnGold(input),
  };
}

export function register(program: Command): void {
  program
    .command('eval')
    .description(
      'score the extractor against hand-coded gold events (precision, recall, F1, field accuracy); formats and scoring: docs/event-format.md',
    )
    .requiredOption('--docs <file>', 'documents, one JSON object per line (id, text, title?, published?, lang?)')
    .requiredOption('--gold <file>', 'gold events, one {"doc": ID, "events": [...]} per line')
    .option(
      '--incidents <file>',
      'also score de-duplication: ingest the documents into a temporary store and cluster-score them against these gold incidents (JSON)',
    )
    .option('--json', 'print the report as JSON')
    .option('--verbose', "list each document's false positives, misses and wrong fields")
    .action((opts: EvalOptions) => runEval(opts));
}
