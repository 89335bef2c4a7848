// extract(doc) → EventRecord[]: the pure, deterministic core of Khronika. Stages run in order:
// 1 sentences, 2 triggers, 3 dates, 4 places, 5 actors, 6 quantities, 7 assemble, 8 merge.
import type { ExtractableDocument, Lang } from '../model/document.js';
import type { EventRecord } from '../model/event.js';
import { detectLanguage } from '../nlp/language.js';
import { splitSentences } from './1-sentences.js';
import { findTriggers } from './2-triggers.js';
import { findDates } from './3-dates.js';
import { findPlaces, documentPlaceHints } from './4-places.js';
import { findActors } from './5-actors.js';
import { findQuantities } from './6-quantities.js';
import { assembleSentence, type Carry } from './7-assemble.js';
import { mergeDrafts } from './8-merge.js';
import { contentSentences } from './boilerplate.js';
import { documentContext } from './doc-context.js';
import { toRecord } from './record.js';
import { lexicon } from './lexicon/index.js';
import type { Draft } from './draft.js';

const SUPPORTED: readonly Lang[] = ['en', 'ru', 'uk'];

/** The language to code the document in, or null when it is one we have no lexicon for. */
export function documentLanguage(doc: ExtractableDocument): Lang | null {
  const given = doc.lang?.trim().toLowerCase().slice(0, 2);
  if (given) return (SUPPORTED as readonly string[]).includes(given) ? (given as Lang) : null;
  return detectLanguage(`${doc.title ?? ''}\n${doc.text}`) ?? 'en';
}

function validDay(s: string | null | undefined): string | null {
  return s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null;
}

export function extract(doc: ExtractableDocument): EventRecord[] {
  const lang = documentLanguage(doc);
  if (!lang) return [];
  const published = validDay(doc.published);
  const sentences = contentSentences(splitSentences({ title: doc.title, text: doc.text }), lexicon(lang));
  if (sentences.length === 0) return [];

  const hints = documentPlaceHints(sentences.map((s) => s.text), lang);
  const places = sentences.map((s) => findPlaces(s.text, lang, hints));
  const ctx = documentContext(places, published, doc.text);

  const drafts: Draft[] = [];
  let carry: Carry | null = null;
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i];
    const triggers = findTriggers(sentence.text, lang);
    if (triggers.length === 0) continue;
    const res = assembleSentence({
      sentence, lang, triggers, places: places[i],
      dates: findDates(sentence.text, { published, lang }),
      actors: findActors(sentence.text, lang),
      quantities: findQuantities(sentence.text, lang),
    }, ctx, carry, published);
    drafts.push(...res.drafts);
    carry = res.carry;
  }
  return mergeDrafts(drafts, ctx.refYear).map((d) => toRecord(doc.id, d));
}
