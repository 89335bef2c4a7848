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
import type { DateMention } from './types.js';
import { anaphoricDate, eraDates } from './relative-dates.js';

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

/** The date stage's dates, plus those told relative to the story ("the next day") or to an era. */
function sentenceDates(text: string, lang: Lang, published: string | null, lastDay: string | null): DateMention[] {
  const found = findDates(text, { published, lang });
  const extra = [...eraDates(text, lang, published)];
  const anaphoric = anaphoricDate(text, lang, lastDay);
  if (anaphoric) extra.push(anaphoric);
  if (extra.length === 0) return found;
  const overlaps = (a: DateMention, b: DateMention) => a.start < b.end && b.start < a.end;
  return [...extra, ...found.filter((d) => !extra.some((e) => overlaps(d, e)))].sort((a, b) => a.start - b.start);
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
  // the day of the last dated event, for "the next day" and "on the same day"
  let lastDay: string | null = null;
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i];
    const triggers = findTriggers(sentence.text, lang);
    if (triggers.length === 0) continue;
    const res = assembleSentence({
      sentence, lang, triggers, places: places[i],
      dates: sentenceDates(sentence.text, lang, published, lastDay),
      actors: findActors(sentence.text, lang),
      quantities: findQuantities(sentence.text, lang),
    }, ctx, carry);
    drafts.push(...res.drafts);
    carry = res.carry;
    const dated = res.drafts.filter((d) => d.dateOwn && d.date && d.date.length === 10 && !d.dateEnd);
    if (dated.length) lastDay = dated[dated.length - 1].date;
  }
  return mergeDrafts(drafts, ctx.refYear).map((d) => toRecord(doc.id, d));
}
