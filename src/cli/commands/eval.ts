// `khronika eval --docs D --gold G [--json] [--verbose]`: runs the extractor over a JSONL of documents
// and scores it against a gold JSONL (docs/event-format.md, "Scoring"). Bad lines are reported with
// file and line and skipped; the exit code is 1 when any line was bad, so scripts notice.
import type { Command } from 'commander';
import { InputDocumentSchema } from '../../model/document.js';
import { GoldFileLineSchema } from '../../model/event.js';
import { extract } from '../../extract/index.js';
import { detectLanguage } from '../../nlp/language.js';
import { evaluate, formatLineError, formatReport, readJsonlFile } from '../../eval/index.js';
import { registryActorFolder } from '../../eval/actor-folder.js';

interface EvalOptions {
  docs: string;
  gold: string;
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
  if (opts.json) {
    const { perDocument, ...summary } = report;
    const out = opts.verbose ? report : { ...summary, perDocument: perDocument.map(({ falsePositives, misses, mismatches, ...counts }) => counts) };
    process.stdout.write(JSON.stringify({ report: out, warnings, errors: lineErrors }, null, 2) + '\n');
  } else {
    for (const line of [...lineErrors, ...warnings]) process.stderr.write(`khronika eval: ${line}\n`);
    process.stdout.write(formatReport(report, opts.verbose) + '\n');
  }
  if (lineErrors.length > 0) process.exitCode = 1;
}

export function register(program: Command): void {
  program
    .command('eval')
    .description('score the extractor against hand-coded gold events (precision, recall, F1, field accuracy); formats and scoring: docs/event-format.md')
    .requiredOption('--docs <file>', 'documents, one JSON object per line (id, text, title?, published?, lang?)')
    .requiredOption('--gold <file>', 'gold events, one {"doc": ID, "events": [...]} per line')
    .option('--json', 'print the report as JSON')
    .option('--verbose', "list each document's false positives, misses and wrong fields")
    .action((opts: EvalOptions) => runEval(opts));
}
