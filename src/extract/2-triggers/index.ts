// Stage 2: find event triggers in a sentence, with their targets, and mark those that are not
// reported acts: wished or planned (irrealis), negated, or named only as background.
import type { Lang } from '../../model/document.js';
import type { EventType } from '../../model/event.js';
import type { TriggerMention } from '../types.js';
import { lexicon, type CompiledLexicon, type TriggerEntry } from '../lexicon/index.js';
import { clauseBounds, clauseAt, SentenceClauses, type Clause } from '../1-sentences/clauses.js';
import { speechSpans, inside, type Span } from '../1-sentences/quotes.js';
import { LETTER, NUMBER, charClasses, hasSurrogates } from '../../nlp/char-classes.js';
import { foldObjects } from './trigger-objects.js';
import { markCancelled } from './cancel-contexts.js';
import { markNames } from './proper-names.js';
import { speechOnly } from './reported-quotes.js';

/** words that open the content of a law or decree */
const CONTENT =
  /(?<![\p{L}])(?:that|which|whereby|providing|allowing|introduc\p{L}*|on|about|for|о|об|который|которая|которые|которым|что|предусматрива\p{L}*|вводя\p{L}*|вводит\p{L}*|за)(?![\p{L}])/iu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const WORD_START = LETTER | NUMBER;

/** Words skipped when looking for the word that governs a noun ("for [the anti-war] protests"). */
const SKIP: Record<Lang, RegExp> = {
  en: /^(?:the|a|an|this|these|those|that|its|their|his|her|our|in|part|railway|rail|train|power|grid|military|enlistment|police|taking|participating|participation|organi[sz]ing|organi[sz]ation|holding|mass|anti-war|antiwar|recent|new|further|many|some|several|spontaneous|peaceful|public|street|partial|general|full-scale|was|were|is|are|been|being|had|has|have|[\p{L}-]+['’]s?)$/iu,
  // Russian adjectives before a noun ("после [октябрьских] беспорядков") are skipped by their endings
  ru: /^(?:\p{L}+(?:ых|их|ой|ей|ого|его|ую|юю|ая|яя|ое|ее|ый|ий|ом|ем)|в|во|на|о|об|по|с|со|к|был|была|было|были|проведени\p{L}*|участи\p{L}*|проведени\p{L}*|организаци\p{L}*|антивоенн\p{L}*|массов\p{L}*|частичн\p{L}*|всеобщ\p{L}*|несогласованн\p{L}*|протестн\p{L}*|одиночн\p{L}*|уличн\p{L}*|эт\p{L}*|так\p{L}*)$/iu,
  uk: /^(?:в|у|на|про|по|з|участ\p{L}*|антивоєнн\p{L}*|масов\p{L}*)$/iu,
};

/**
 * The words of a sentence as WORD reads them, read from the left only as far as the triggers need
 * (cues look at the few words before each trigger; only those become strings). [start, end) pairs
 * in one flat array; a table scan for text of the Basic Multilingual Plane, WORD itself otherwise.
 */
class Words {
  readonly bounds: number[] = [];
  private at = 0;
  private readonly astral: boolean;

  constructor(private readonly s: string) {
    this.astral = hasSurrogates(s);
  }

  /** Reads on until a word starts at or after `pos`, or the text ends. */
  readTo(pos: number): void {
    const { s, bounds } = this;
    if (bounds.length > 0 && bounds[bounds.length - 2] >= pos) return;
    if (this.astral) {
      WORD.lastIndex = this.at;
      let m: RegExpExecArray | null;
      while ((m = WORD.exec(s)) !== null) {
        bounds.push(m.index, m.index + m[0].length);
        if (m.index >= pos) break;
      }
      this.at = m === null ? s.length : WORD.lastIndex;
      return;
    }
    const classes = charClasses();
    const n = s.length;
    let i = this.at;
    while (i < n) {
      if ((classes[s.charCodeAt(i)] & WORD_START) === 0) {
        i++;
        continue;
      }
      const start = i++;
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if ((classes[c] & WORD_START) === 0 && c !== 0x27 && c !== 0x2019 && c !== 0x2d) break;
      }
      bounds.push(start, i);
      if (start >= pos) break;
    }
    this.at = i;
  }
}

/** The texts of the words of [from, to), at most the last `max`. */
function wordsBetween(s: string, all: Words, from: number, to: number, max = 8): string[] {
  all.readTo(to);
  const words = all.bounds;
  let hi = words.length >> 1;
  while (hi > 0 && words[2 * hi - 1] > to) hi--;
  let lo = hi;
  while (lo > 0 && hi - lo < max && words[2 * lo - 2] >= from) lo--;
  const out: string[] = [];
  for (let i = lo; i < hi; i++) out.push(s.slice(words[2 * i], words[2 * i + 1]));
  return out;
}

function isBackground(lex: CompiledLexicon, before: string[]): boolean {
  const skip = SKIP[lex.lang];
  let i = before.length - 1;
  while (i >= 0 && skip.test(before[i])) {
    // a skipped word may itself be the governing word ("in 2020", "since 2022")
    if (lex.background.test(before[i])) return true;
    i--;
  }
  if (i < 0) return false;
  if (lex.background.test(before[i])) return true;
  if (i > 0 && lex.background.test(`${before[i - 1]} ${before[i]}`)) return true;
  // a two-word governor whose second word is a skipped preposition ("по делам о диверсиях")
  const n = before.length;
  return n >= 2 && lex.background.test(`${before[n - 2]} ${before[n - 1]}`);
}

/** The last n words, joined by single spaces. */
function lastWords(words: string[], n: number): string {
  return (words.length > n ? words.slice(words.length - n) : words).join(' ');
}

function isIrrealis(lex: CompiledLexicon, before: string[], clauseCue: number, start: number): boolean {
  // Conditionals and opinion verbs ("argued that …") colour everything after them in the sentence.
  if (clauseCue >= 0 && clauseCue < start) return true;
  if (lex.irrealis.exec(lastWords(before, 6), 0) !== null) return true;
  if (lex.negation.exec(lastWords(before, 2), 0) !== null) return true;
  // "nobody has been detained", "no one was ever charged": the negation, then only auxiliaries
  if (!lex.negationAux) return false;
  let i = before.length - 1;
  while (i >= 0 && before.length - i <= 4 && lex.negationAux.test(before[i])) i--;
  return i < before.length - 1 && i >= 0 && lex.negation.exec(lastWords(before.slice(0, i + 1), 2), 0) !== null;
}

export interface TargetMention {
  start: number;
  end: number;
  target: string;
  clause: number;
}

export function findTargets(sentence: string, lang: Lang, clauses = clauseBounds(sentence)): TargetMention[] {
  const lex = lexicon(lang);
  const out: TargetMention[] = [];
  const scan = lex.targets;
  for (let m = scan.exec(sentence, 0); m; m = scan.exec(sentence, m.index + m[0].length)) {
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      target: lex.targetNames[scan.entry],
      clause: clauseAt(clauses, m.index),
    });
  }
  return out;
}

/** the gap between two coordinated nouns, with at most one modifier ("and attempted", "или попытки") */
const COORDINATED = /^\s*,?\s*(?:and|or|и|или|та|і|або)\s+(?:[\p{L}-]+\s+)?$/iu;

/** `reading`: the sentence's clauses, shared with the assembly stage (extract() passes one per sentence). */
/** `openReported`: a quotation this sentence leaves open is closed later by an attribution of reported
 *  facts (reported-quotes.ts), so its acts are the report's own. */
export function findTriggers(
  sentence: string,
  lang: Lang,
  reading = new SentenceClauses(sentence),
  openReported = false,
): TriggerMention[] {
  const lex = lexicon(lang);
  // what only a sentence with a trigger needs is worked out at its first trigger
  let clauses: Clause[] | null = null;
  let speech: Span[] | null = null;
  let words: Words | null = null;
  let clauseCue = -1;
  // One object shape for every trigger (no optional fields added or deleted later: V8 keeps property
  // access fast); what the lexicon entry says beyond the mention stays in a parallel array.
  const found: TriggerMention[] = [];
  const entries: TriggerEntry[] = [];
  const scan = lex.triggers;
  for (let m = scan.exec(sentence, 0); m; m = scan.exec(sentence, m.index + m[0].length)) {
    const entry = lex.entries[scan.entry];
    const start = m.index;
    const end = start + m[0].length;
    if (clauses === null) {
      clauses = reading.get();
      speech = speechOnly(sentence, speechSpans(sentence), lex, openReported);
      words = new Words(sentence);
      clauseCue = lex.irrealisClause.exec(sentence, 0)?.index ?? -1;
    }
    const clauseIdx = clauseAt(clauses, start);
    const before = wordsBetween(sentence, words!, clauses[clauseIdx].start, start);
    found.push({
      start,
      end,
      text: m[0],
      type: entry.type,
      weight: entry.weight,
      targets: [],
      clause: clauseIdx,
      irrealis: isIrrealis(lex, before, clauseCue, start) || inside(speech!, start, end),
      background: isBackground(lex, before),
      charge: false,
      needsCount: entry.needsCount === true,
      nonStateSpeakers: entry.nonStateSpeakers === true,
    });
    entries.push(entry);
  }
  if (clauses === null) return [];

  // A found bomb, a gas blast, shots into the air: contexts that show no act was done (cancel-contexts.ts).
  markCancelled(sentence, lang, found);
  // "Pussy Riot", "the Protest Movement": a capitalised act word inside running text is a name
  if (lang === 'en') markNames(sentence, found);

  // What follows "accused of" is the charge: background to the detention, not a new act.
  const cue = lex.chargesCue?.exec(sentence, 0);
  if (cue)
    for (const t of found)
      if (t.start >= cue.index + cue[0].length - 1 && t.type !== 'arrest') t.background = t.charge = true;

  // Coordinated acts share their governor: "over arson and attempted arson" are both the charge.
  for (let k = 1; k < found.length; k++) {
    const prev = found[k - 1];
    const t = found[k];
    if (
      prev.background &&
      !t.background &&
      t.type === prev.type &&
      COORDINATED.test(sentence.slice(prev.end, t.start))
    ) {
      t.background = true;
      t.charge = prev.charge;
    }
  }
  // An act's noun that a predicate after it calls a kind ("поджоги стали формой протеста") tells no act.
  if (lex.genericAfter)
    for (const t of found) if (lex.genericAfter.test(sentence.slice(t.end, t.end + 80))) t.irrealis = true;

  // A negation after an act ("задержаний не было") belongs to it only when no other act stands between.
  if (lex.negationAfter && lex.negationAfterGate!.test(sentence)) {
    for (let k = 0; k < found.length; k++) {
      const t = found[k];
      const clauseEnd = clauses[t.clause].end;
      const stop = Math.min(
        clauseEnd,
        t.end + 120,
        found[k + 1] && found[k + 1].clause === t.clause ? found[k + 1].start : Infinity,
      );
      if (lex.negationAfter.test(sentence.slice(t.end, stop))) t.irrealis = true;
    }
  }

  // Acts named after a call, an appeal or a law in the same clause are its content, not reported
  // events; acts named after a sentence or conviction are its charges, background to it.
  for (let h = 0; h < found.length; h++) {
    const head = found[h];
    const complement = entries[h].complement;
    if (!complement || complement === 'realis' || head.irrealis || head.background) continue;
    for (const t of found) {
      if (t === head || t.start <= head.start || t.type === head.type) continue;
      // a call's content stays in its clause; a law's content runs on to the end of the sentence
      // (as does what leaflets and graffiti say)
      if (complement === 'irrealis') {
        if (head.type === 'policy') {
          // a law's content is introduced as such ("a decree on …", "amendments that …")
          if (CONTENT.test(sentence.slice(head.end, t.start))) t.irrealis = true;
        } else t.irrealis = true;
      }
      if (complement === 'charges') t.background = t.charge = true;
    }
  }
  foldObjects(sentence, found, entries);

  const targets = findTargets(sentence, lang, clauses);
  let needsTarget = false;
  for (let i = 0; i < found.length; i++) {
    const t = found[i];
    // the clause's targets outside the trigger itself, each name once, in order
    for (const g of targets) {
      if (g.clause === t.clause && (g.end <= t.start || g.start >= t.end) && !t.targets.includes(g.target))
        t.targets.push(g.target);
    }
    // Fire or explosives against transport, energy or communications are sabotage (docs/event-format.md).
    // A strike from afar (a drone, a missile, shelling) on a substation is war, not sabotage: it stays an
    // explosion, and so does an attack its means made one.
    const remote = entries[i].remote === true || entries[i].type !== t.type;
    if ((t.type === 'arson' || t.type === 'explosion') && !remote && t.targets.some((x) => lex.infrastructure.has(x)))
      t.type = 'sabotage' as EventType;
    needsTarget ||= entries[i].needsTarget === true;
  }
  return needsTarget ? found.filter((t, i) => !entries[i].needsTarget || t.targets.length > 0) : found;
}
