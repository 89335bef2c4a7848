// khronika extract [FILE|-]: code a report (.txt/.md) or a JSONL of documents into event records.
import type { Command } from 'commander';
import { basename } from 'node:path';
import { extract } from '../../extract/index.js';
import type { EventRecord } from '../../model/event.js';
import { InputDocumentSchema } from '../../model/document.js';
import { readSource, looksLikeJsonl, parseJsonl } from '../read-input.js';
import { formatTable } from '../format-table.js';

interface Options {
  published?: string;
  title?: string;
  url?: string;
  lang?: string;
  id?: string;
  format: string;
}

export function register(program: Command): void {
  program
    .command('extract')
    .description(
      'extract event records from a report (.txt/.md) or a JSONL of documents (docs/event-format.md); "-" or nothing reads stdin',
    )
    .argument('[file]', 'report or JSONL file; - for standard input')
    .option('--published <YYYY-MM-DD>', 'publication date of a single report (anchor for relative dates)')
    .option('--title <text>', 'headline of a single report')
    .option('--url <url>', 'where a single report was published')
    .option('--lang <code>', 'language of a single report (en, ru, uk); detected when absent')
    .option('--id <id>', 'document id for a single report (default: the file name)')
    .option('--format <format>', 'jsonl (one record per line) or table', 'jsonl')
    .action(async (file: string | undefined, opts: Options) => {
      if (!['jsonl', 'table'].includes(opts.format))
        throw new Error(`unknown --format '${opts.format}' (use jsonl or table)`);
      const content = await readSource(file);
      const out: EventRecord[] = [];
      let failed = 0;
      const emit = (records: EventRecord[]) => {
        if (opts.format === 'jsonl') for (const r of records) process.stdout.write(JSON.stringify(r) + '\n');
        else out.push(...records);
      };
      if (looksLikeJsonl(file, content)) {
        for (const item of parseJsonl(content)) {
          if (!item.ok) {
            failed++;
            console.error(`khronika extract: ${file ?? 'stdin'} line ${item.line}: ${item.error}`);
            continue;
          }
          try {
            emit(extract(item.doc));
          } catch (e) {
            failed++;
            console.error(
              `khronika extract: ${file ?? 'stdin'} line ${item.line} (${item.doc.id}): ${(e as Error).message}`,
            );
          }
        }
      } else {
        const parsed = InputDocumentSchema.safeParse({
          id: opts.id ?? (file && file !== '-' ? basename(file) : 'stdin'),
          text: content,
          title: opts.title,
          published: opts.published,
          url: opts.url,
          lang: opts.lang,
        });
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          const field = String(issue.path[0] ?? '');
          throw new Error(
            `${field === 'text' ? 'the report' : `--${field}`}: ${issue.message}${field === 'published' ? ' (expected YYYY-MM-DD, e.g. 2024-03-15)' : ''}`,
          );
        }
        emit(extract(parsed.data));
      }
      if (opts.format === 'table') process.stdout.write(formatTable(out) + '\n');
      if (failed > 0) {
        console.error(`khronika extract: ${failed} input line(s) failed`);
        process.exitCode = 1;
      }
    });
}
