// extract(doc) → EventRecord[]: the pure, deterministic core of Khronika. Stages run in order:
// 1 sentences, 2 triggers, 3 dates, 4 places, 5 actors, 6 quantities, 7 assemble, 8 merge.
import type { ExtractableDocument, Lang } from '../model/document.js';
import type { EventRecord } from '../model/event.js';
import { detectLanguage } from '../nlp/language.js';
import { splitSentences } from './1-sentences/index.js';
import { findTriggers, findTargets } from './2-triggers/index.js';
import { openQuoteReported } from './2-triggers/reported-quotes.js';
import { documentDates, findDates, type DocumentDates } from './3-dates/index.js';
import { findPlaces, documentPlaceHints, PlaceScans } from './4-places/index.js';
import { findActors } from './5-actors/index.js';
import { findQuantities } from './6-quantities/index.js';
import { assembleSentence, sceneCarry, type Carry } from './7-assemble/index.js';
import { mergeDrafts } from './8-merge/index.js';
import { contentSentences } from './document/boilerplate.js';
import { documentContext } from './document/doc-context.js';
import { toRecord } from './8-merge/record.js';
import { placeRoles } from './4-places/place-roles.js';
import { lexicon } from './lexicon/index.js';
import { placeKey, type Draft } from './7-assemble/draft.js';
import { regionByIso } from '../geo/regions.js';
import type { DateMention, GeoPlace, Sentence, TriggerMention } from './types.js';
import { datelinePlace, headingPlace, headlinePlace } from './document/dateline.js';
import { anaphoricDate, eraDates, edgeDate, publishedRelativeDate, RelativeGates } from './3-dates/relative-dates.js';
import { continuedParts } from './6-quantities/continuation.js';
import { countOnePerson } from './6-quantities/one-person.js';
import { SentenceClauses } from './1-sentences/clauses.js';
import { TimeFrame, dateRoles, reviveLeadCauses } from './document/frame.js';

const SUPPORTED: readonly Lang[] = ['en', 'ru', 'uk'];

/** The days the report has told so far, for "the next day" and "on the last day". */
interface Story {
  lastDay: string | null;
  lastRange: { date: string; date_end: string } | null;
}

function tell(story: Story, d: { date: string | null; date_end: string | null }): void {
  if (d.date?.length !== 10) return;
  if (d.date_end && d.date_end.length === 10) story.lastRange = { date: d.date, date_end: d.date_end };
  else if (!d.date_end) story.lastDay = d.date;
}

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
function sentenceDates(text: string, lang: Lang, doc: DocumentDates, story: Story): DateMention[] {
  const published = doc.published;
  const found = findDates(text, doc);
  const gates = new RelativeGates(text);
  const extra = [...eraDates(text, lang, published, gates)];
  const anaphoric =
    anaphoricDate(text, lang, story.lastDay, gates) ??
    edgeDate(text, lang, story.lastRange, gates) ??
    publishedRelativeDate(text, lang, published, gates) ??
    // "накануне" with no day told before it: the day before publication
    (story.lastDay ? null : anaphoricDate(text, lang, published, gates, true));
  if (anaphoric) extra.push(anaphoric);
  if (extra.length === 0) return found;
  const overlaps = (a: DateMention, b: DateMention) => a.start < b.end && b.start < a.end;
  return [...extra, ...found.filter((d) => !extra.some((e) => overlaps(d, e)))].sort((a, b) => a.start - b.start);
}

/** Sentence i opens its paragraph of the body ("Krasnodar. FSB officers searched …"). */
function isParagraphHead(sentences: Sentence[], i: number): boolean {
  const s = sentences[i];
  const prev = sentences[i - 1];
  return s.field === 'text' && !(prev && prev.field === s.field && prev.paragraph === s.paragraph);
}

/** A body line shorter than this is furniture (a price ticker, a byline), not the lead. */
const LEAD_MIN = 60;
/** Body sentences read as the lead. */
const LEAD_SENTENCES = 2;

const DIGIT = /\d/;

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;

/** The latest full day (with its year) that the text gives, or null. */
function textAnchor(sentences: Sentence[], lang: Lang): string | null {
  let best: string | null = null;
  for (const s of sentences) {
    if (!YEAR.test(s.text)) continue;
    for (const d of findDates(s.text, { published: null, lang })) {
      if (d.date && d.date.length === 10 && !d.relative && (!best || d.date > best)) best = d.date;
    }
  }
  return best;
}

/** The one place a sentence's acts were located at by its own words, if they name one (a region
 *  for several places in one region). */
function storyPlace(drafts: Draft[]): GeoPlace | null {
  let found: GeoPlace | null = null;
  for (const d of drafts) {
    if (d.placeSource !== 'sentence' || !d.place || d.place.kind === 'country') continue;
    if (!found || placeKey(found) === placeKey(d.place)) {
      found = d.place;
      continue;
    }
    if (found.admin1 && found.admin1 === d.place.admin1) {
      found = regionByIso(found.admin1) ?? null;
      continue;
    }
    return null;
  }
  return found;
}

/** An act still undated once merged takes the story's time when it was told (frame.ts). Done after
 *  merging, so that an inherited date never keeps two mentions of one act apart. */
function inheritFrame(d: Draft): Draft {
  if (d.date || !d.frame?.date) return d;
  return { ...d, date: d.frame.date, dateEnd: d.frame.date_end, dateOwn: false };
}

/** The report's lead news told without a date ("Police have detained 40 people at rallies …") is
 *  the news of its publication day (docs/event-format.md rule 3), once no other mention dated it and
 *  the report tells no act of its type and count dated in the days before (then it is that act's headline). */
function leadNews(d: Draft, lead: ReadonlySet<number>, published: string | null): Draft {
  if (d.date || !published || !(d.sentence.field === 'title' || lead.has(d.sentence.index))) return d;
  return { ...d, date: published, dateEnd: null, dateOwn: false };
}

/** `date` is a day in the week up to `published` (both YYYY-MM-DD). */
function toldDaysBefore(date: string | null, published: string | null): boolean {
  if (date?.length !== 10 || !published) return false;
  const days = (Date.parse(published) - Date.parse(date)) / 86_400_000;
  return days >= 0 && days <= 7;
}

export function extract(doc: ExtractableDocument): EventRecord[] {
  const lang = documentLanguage(doc);
  if (!lang) return [];
  const published = validDay(doc.published);
  const sentences = contentSentences(splitSentences({ title: doc.title, text: doc.text }), lexicon(lang));
  if (sentences.length === 0) return [];

  // each sentence is scanned for names once, for the document's hints and for its own places
  const scans = new PlaceScans();
  const hints = documentPlaceHints(
    sentences.map((s) => s.text),
    lang,
    scans,
  );
  const places = sentences.map((s) => findPlaces(s.text, lang, hints, scans));
  // each sentence's place roles, read once for the document context and the stages after it
  const placeRolesOf = places.map((p, i) => placeRoles(sentences[i].text, p, lang));
  const ctx = documentContext(places, published, doc.text, placeRolesOf);
  ctx.dateline = datelinePlace(doc.text, lang) ?? headlinePlace(doc.title, lang);
  const lex = lexicon(lang);
  // each sentence's clauses, read once for the trigger and assembly stages
  const readings = sentences.map((s) => new SentenceClauses(s.text));
  const sentenceTexts = sentences.map((s) => s.text);
  const paragraphs = sentences.map((s) => (s.field === 'title' ? -1 : s.paragraph));
  // the headline's triggers, kept for the walk below
  const headline = new Map<number, TriggerMention[]>();
  ctx.infrastructureStory = sentences.some((s, i) => {
    if (s.field !== 'title') return false;
    const triggers = findTriggers(s.text, lang, readings[i]);
    headline.set(i, triggers);
    return (
      triggers.some((t) => t.type === 'sabotage') ||
      findTargets(s.text, lang, readings[i].get()).some((t) => lex.infrastructure.has(t.target))
    );
  });
  // Without a publication date, the latest full date the report gives (a signature, a dateline)
  // anchors its year-less dates.
  const anchor = published ?? textAnchor(sentences, lang);
  const dated = documentDates(anchor, lang);

  const drafts: Draft[] = [];
  let carry: Carry | null = null;
  const story: Story = { lastDay: null, lastRange: null };
  const frame = new TimeFrame();
  // the lead: the title and the body's first two real sentences (a standfirst, then the lead proper;
  // short lines before them are page furniture)
  const lead = new Set<number>();
  for (let k = 0; k < sentences.length && lead.size < LEAD_SENTENCES; k++) {
    // (a standfirst printed twice, as pages do, counts once)
    if (
      sentences[k].field === 'text' &&
      sentences[k].text.length >= LEAD_MIN &&
      ![...lead].some((j) => sentences[j].text === sentences[k].text)
    )
      lead.add(k);
  }
  let scene = -1;
  // the scene sentence's event dates, or null while they are not read yet (see below)
  let sceneDates: DateMention[] | null = [];
  let sceneTriggers: TriggerMention[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i];
    if (sentence.text.length <= 48 && isParagraphHead(sentences, i)) {
      const heading = headingPlace(sentence.text, lang);
      if (heading) {
        ctx.section = heading;
        continue;
      }
    }
    const triggers =
      headline.get(i) ??
      findTriggers(sentence.text, lang, readings[i], openQuoteReported(sentenceTexts, paragraphs, i, lex));
    const inLead = sentence.field === 'title' || lead.has(i);
    if (inLead) reviveLeadCauses(sentence.text, triggers, lang);
    // A sentence whose acts are all wished, negated or background codes nothing: it only sets the scene.
    if (!triggers.some((t) => !t.irrealis && !t.background)) {
      const parts = continuedParts(sentence, lang, places[i], drafts, placeRolesOf[i]);
      if (parts.length) drafts.push(...parts);
      else scene = i;
      // Its dates still set the story's time. Reading dates is the costly part: a sentence with no
      // digit outside the lead is read only if an act follows it (as its scene), below.
      if (!inLead && !DIGIT.test(sentence.text)) {
        if (scene === i) {
          sceneDates = null;
          sceneTriggers = triggers;
        }
        continue;
      }
      const dates = sentenceDates(sentence.text, lang, dated, story);
      const roles = dateRoles(sentence.text, dates, triggers, lang);
      // a dateline or a report date sets no scene for the acts after it
      if (scene === i) sceneDates = dates.filter((_, k) => roles[k] === 'event');
      frame.observe(sentence, dates, roles);
      continue;
    }
    // A sentence that only sets the scene ("On Tuesday, outside the office in Nalchik, …") still
    // gives the day and place its paragraph goes on with; read it only when an act follows it.
    if (scene >= 0) {
      const prev = sentences[scene];
      if (sceneDates === null) {
        const dates = sentenceDates(prev.text, lang, dated, story);
        const roles = dateRoles(prev.text, dates, sceneTriggers, lang);
        sceneDates = dates.filter((_, k) => roles[k] === 'event');
        frame.observe(prev, dates, roles);
      }
      carry = sceneCarry(prev, lang, places[scene], sceneDates, carry, placeRolesOf[scene]);
      for (const d of sceneDates) tell(story, d);
      scene = -1;
    }
    const dates = sentenceDates(sentence.text, lang, dated, story);
    const roles = dateRoles(sentence.text, dates, triggers, lang);
    ctx.frame = frame.date;
    ctx.paragraphFrame = frame.paragraphDate(sentence.field, sentence.paragraph);
    const res = assembleSentence(
      {
        sentence,
        lang,
        triggers,
        places: places[i],
        placeRoles: placeRolesOf[i],
        dates,
        dateRoles: roles,
        actors: findActors(sentence.text, lang),
        quantities: findQuantities(sentence.text, lang),
        clauses: readings[i],
      },
      ctx,
      carry,
    );
    frame.observe(
      sentence,
      dates,
      roles,
      res.drafts.map((d) => (d.dateOwn ? d.date : null)),
    );
    drafts.push(...res.drafts);
    carry = res.carry;
    ctx.storyPlace = storyPlace(res.drafts) ?? ctx.storyPlace;
    for (const d of res.drafts) if (d.dateOwn) tell(story, { date: d.date, date_end: d.dateEnd });
  }
  const leadIndices = new Set([...lead].map((k) => sentences[k].index));
  const merged = mergeDrafts(drafts, ctx.refYear, leadIndices).map(inheritFrame);
  // a lead left undated beside an act of its type dated in the days before publication, with no
  // other count, is that act's headline ("Three men jailed …"), not other news of the day
  const headlineOf = (d: Draft) =>
    merged.some(
      (x) =>
        x !== d &&
        x.type === d.type &&
        x.dateOwn &&
        toldDaysBefore(x.date, published) &&
        (x.quantity === null || d.quantity === null || x.quantity === d.quantity),
    );
  return merged
    .map((d) => (headlineOf(d) ? d : leadNews(d, leadIndices, published)))
    .map(countOnePerson)
    .map((d) => toRecord(doc.id, d));
}
