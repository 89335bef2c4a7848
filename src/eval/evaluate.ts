// Joins documents, gold and an extractor into scored documents. The extractor and the language
// detector are passed in, so this stays testable without the real pipeline.
import type { InputDocument, ExtractableDocument } from '../model/document.js';
import type { EventRecord, GoldFileLine } from '../model/event.js';
import { scoreDocuments, type EvalReport, type ScoreOptions, type ScoredDocument } from './score-extraction.js';

export interface EvaluateInput extends ScoreOptions {
  docs: readonly InputDocument[];
  gold: readonly GoldFileLine[];
  extract: (doc: ExtractableDocument) => EventRecord[];
  /** used when a document carries no `lang` */
  detectLanguage?: (text: string) => string | null;
}

export interface EvaluateResult {
  report: EvalReport;
  /** documents skipped or failing, in words; the evaluation went on */
  warnings: string[];
}

export function evaluate(input: EvaluateInput): EvaluateResult {
  const warnings: string[] = [];
  const goldByDoc = new Map<string, GoldFileLine>();
  for (const g of input.gold) {
    if (goldByDoc.has(g.doc)) warnings.push(`gold for document "${g.doc}" given twice; the first is used`);
    else goldByDoc.set(g.doc, g);
  }
  const seen = new Set<string>();
  const scored: ScoredDocument[] = [];
  for (const doc of input.docs) {
    const id = String(doc.id);
    if (seen.has(id)) {
      warnings.push(`document "${id}" given twice; the first is used`);
      continue;
    }
    seen.add(id);
    const gold = goldByDoc.get(id);
    if (!gold) {
      // A document without a gold line is unannotated, not "has no events": scoring it would be unfair.
      warnings.push(`document "${id}" has no gold line; not scored`);
      continue;
    }
    const lang = doc.lang ?? input.detectLanguage?.(`${doc.title ?? ''}\n${doc.text}`) ?? 'unknown';
    let predictions: EventRecord[] = [];
    try {
      predictions = input.extract({
        id,
        text: doc.text,
        title: doc.title,
        published: doc.published,
        url: doc.url,
        lang,
      });
    } catch (err) {
      warnings.push(
        `extract failed on document "${id}": ${err instanceof Error ? err.message : String(err)}; scored as no predictions`,
      );
    }
    scored.push({ id, lang, predictions, gold: gold.events });
  }
  for (const id of goldByDoc.keys()) {
    if (!seen.has(id)) warnings.push(`gold names document "${id}", which is not among the documents; not scored`);
  }
  return { report: scoreDocuments(scored, input), warnings };
}
