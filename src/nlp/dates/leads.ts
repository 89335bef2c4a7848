// One pass over a sentence that finds where a date can begin, so that the date regexes run only
// there (sticky) instead of each scanning the whole sentence. Every date regex starts, right after
// no letter, with a day, a year or one of the language's date phrases (a month, "since", "в ночь
// на", …); the pass records such positions with a bit per kind of phrase that can start there
// (numeric dates, "24.06.2022", are left to the regexes: numericCore says where there may be one).
// It checks only what a match needs (the phrase's words, case-insensitively, with whitespace
// between them), so it records every position where the regex could match, and the regex, tried
// there, decides: the matches are those of the whole-sentence scan. Text that needs Unicode
// matching (see unicode-free.ts) gets no scan and the regexes scan it as before.
import { LETTER, NUMBER, SPACE } from '../char-classes.js';
import type { BoundedRegExp } from '../regex/bounded.js';
import { FOLD, SEPARATOR, SURROGATE, lowerUnits, unitTables } from './code-unit-tables.js';

/** Kinds of phrase a date can start with, as bits. */
export const LEAD = {
  /** one or two digits after no letter or digit: a day ("25 September") */
  day: 1 << 0,
  /** four digits, 19xx or 20xx, after no letter or digit: a year ("2014–2022") */
  year: 1 << 1,
  month: 1 << 2,
  weekday: 1 << 3,
  ago: 1 << 4,
  from: 1 << 5,
  since: 1 << 6,
  nightRange: 1 << 7,
  nightSingle: 1 << 8,
  part: 1 << 9,
  season: 1 << 10,
  yearPreposition: 1 << 11,
  future: 1 << 12,
  relativeDay: 1 << 13,
  week: 1 << 14,
  monthOffset: 1 << 15,
  yearOffset: 1 << 16,
} as const;

/** Set on a position with no letter or digit before it, where the usual guard holds. */
const CLEAN = 1 << 30;

/** What the regexes require right after a phrase's last word. */
const AFTER_ANY = 0; // anything: the regex may go on with letters ("mid" + "March", "May" + "2022")
const AFTER_END = 1; // no letter or digit: a following (?![\p{L}\p{N}])
const AFTER_SPACE = 2; // whitespace: a following [\s\u00a0]+
type After = typeof AFTER_ANY | typeof AFTER_END | typeof AFTER_SPACE;

/**
 * The phrases as a trie, one lower-cased code unit per step; the words after a phrase's first
 * word hang off `next`, to be read after whitespace.
 */
interface TrieNode {
  /** the code units that go on from here (a short list), and where each leads */
  units: number[];
  kids: TrieNode[];
  /** the same, for the walk: kid of unit u at byUnit[u - low] (filled once the trie is built) */
  low: number;
  byUnit: Array<TrieNode | undefined>;
  /** bits of the phrases that end here, by what must follow (AFTER_*) */
  endAny: number;
  endNoWord: number;
  endSpace: number;
  /** the trie of the next words of the phrases that go on after this word */
  next: TrieNode | null;
  /** whether a phrase ends here or goes on to a next word */
  stop: boolean;
}

/** The phrases of a language: the trie nodes after their first letter, by its code unit. */
interface LeadTable {
  first: Array<TrieNode | undefined>;
}

function trieNode(): TrieNode {
  return { units: [], kids: [], low: 0, byUnit: [], endAny: 0, endNoWord: 0, endSpace: 0, next: null, stop: false };
}

function kid(node: TrieNode, unit: number): TrieNode {
  const i = node.units.indexOf(unit);
  if (i >= 0) return node.kids[i];
  const k = trieNode();
  node.units.push(unit);
  node.kids.push(k);
  return k;
}

/**
 * What the scan reads of a date lexicon (lexicon.ts's DateLexicon has it all). Declared here rather
 * than imported, since lexicon.ts builds its prefilter on this module: no import cycle.
 */
export interface LeadLexicon {
  words: {
    months: string[][];
    weekdays: string[][];
    ago: string[];
    rangeFrom: string[];
    since: string[];
    nightRange: string[];
    nightSingle: string[];
    monthParts: string[];
    /** only the keys (season names) are read */
    seasons: Record<string, unknown>;
    yearPrepositions: string[];
    futureMarkers: string[];
    relativeDays: Record<string, number>;
    weeks: Record<string, number>;
    monthOffsets: Record<string, number>;
    yearOffsets: Record<string, number>;
  };
  relativeDayOf: Map<string, number>;
  weekOf: Map<string, number>;
  monthOffsetOf: Map<string, number>;
  yearOffsetOf: Map<string, number>;
}

/** The phrases of each kind and what the regexes require after a phrase of that kind. */
function kinds(lex: LeadLexicon): Array<[number, Iterable<string>, After]> {
  const w = lex.words;
  // Relative phrases as the patterns read them (normalised keys) and as the prefilter does.
  const relative = (table: Map<string, number>, words: Record<string, number>) => [
    ...table.keys(),
    ...Object.keys(words),
  ];
  return [
    // "Sept." too: the stop comes after the word.
    [LEAD.month, w.months.flat(), AFTER_ANY],
    [LEAD.weekday, w.weekdays.flat(), AFTER_END],
    [LEAD.ago, w.ago, AFTER_ANY],
    [LEAD.from, w.rangeFrom, AFTER_SPACE],
    [LEAD.since, w.since, AFTER_SPACE],
    [LEAD.nightRange, w.nightRange, AFTER_SPACE],
    [LEAD.nightSingle, w.nightSingle, AFTER_SPACE],
    [LEAD.part, w.monthParts, AFTER_ANY],
    [LEAD.season, Object.keys(w.seasons), AFTER_SPACE],
    [LEAD.yearPreposition, w.yearPrepositions, AFTER_SPACE],
    [LEAD.future, w.futureMarkers, AFTER_SPACE],
    [LEAD.relativeDay, relative(lex.relativeDayOf, w.relativeDays), AFTER_ANY],
    [LEAD.week, relative(lex.weekOf, w.weeks), AFTER_ANY],
    [LEAD.monthOffset, relative(lex.monthOffsetOf, w.monthOffsets), AFTER_ANY],
    [LEAD.yearOffset, relative(lex.yearOffsetOf, w.yearOffsets), AFTER_ANY],
  ];
}

/** Text the scan cannot stand in for the regexes on: the 'u' regexes read it (unicode-free.ts). */
const UNSAFE = FOLD | SURROGATE;
// unitTables(), once built (by tableFor)
let KIND: Uint8Array = new Uint8Array(0);
let LOWER: Uint16Array = new Uint16Array(0);

function buildTable(lex: LeadLexicon): LeadTable | null {
  ({ kind: KIND, lower: LOWER } = unitTables());
  const root = trieNode();
  for (const [bits, phrases, after] of kinds(lex)) {
    for (const phrase of phrases) {
      if (phrase.length === 0) continue; // alternation() drops empty phrases
      // alternation() turns runs of spaces into \s+; the rest of the phrase is literal.
      const words = phrase.split(/ +/).map(lowerUnits);
      // The scan starts phrases at letters and skips all whitespace between words.
      if (words.some((w) => w.length === 0 || (KIND[w.charCodeAt(0)] & SPACE) !== 0)) return null;
      if ((KIND[words[0].charCodeAt(0)] & LETTER) === 0) return null;
      let node = root;
      words.forEach((w, i) => {
        if (i > 0) node = node.next ??= trieNode();
        for (let k = 0; k < w.length; k++) node = kid(node, w.charCodeAt(k));
      });
      if (after === AFTER_ANY) node.endAny |= bits;
      else if (after === AFTER_END) node.endNoWord |= bits;
      else node.endSpace |= bits;
    }
  }
  const mark = (node: TrieNode): void => {
    node.stop = (node.endAny | node.endNoWord | node.endSpace) !== 0 || node.next !== null;
    node.low = node.units.length > 0 ? Math.min(...node.units) : 0;
    node.byUnit = node.units.length > 0 ? new Array(Math.max(...node.units) - node.low + 1).fill(undefined) : [];
    node.units.forEach((u, i) => {
      node.byUnit[u - node.low] = node.kids[i];
    });
    node.kids.forEach(mark);
    if (node.next) mark(node.next);
  };
  mark(root);
  // A dense array: the scan indexes it by code unit.
  const first: Array<TrieNode | undefined> = [];
  for (const [i, u] of root.units.entries()) first[u] = root.kids[i];
  for (let c = 0; c < first.length; c++) first[c] ??= undefined;
  return { first };
}

const tables = new WeakMap<LeadLexicon, LeadTable | null>();

// The last lexicon asked for, and its table: documents come one language at a time.
let lastLex: LeadLexicon | undefined;
let lastTable: LeadTable | null = null;

function tableFor(lex: LeadLexicon): LeadTable | null {
  if (lex === lastLex) return lastTable;
  let t = tables.get(lex);
  if (t === undefined) {
    t = buildTable(lex);
    tables.set(lex, t);
  }
  lastLex = lex;
  lastTable = t;
  return t;
}

/** Positions where a date may begin, with the kinds of phrase found there (one scan's, its caller's own).
 *  Plain arrays: a typed array of more than 64 bytes gets a backing store outside the heap, which
 *  costs V8 some hundreds of nanoseconds to make, more than scanning a short sentence. */
export interface Leads {
  count: number;
  pos: number[];
  bits: number[];
  /** all bits found */
  any: number;
  /** a digit, a separator (. / -) and a digit: what every numeric date holds (the scan leaves numeric dates out) */
  numericCore: boolean;
}

function record(leads: Leads, at: number, bits: number): void {
  leads.pos.push(at);
  leads.bits.push(bits);
  leads.count++;
  leads.any |= bits;
}

/**
 * The bits of the phrases that match from `node` on, `node` being reached with the text read up
 * to `at` (exclusive): the trie is walked unit by unit while the text follows it.
 */
function trieBits(node: TrieNode, text: string, at: number): number {
  let bits = 0;
  for (let j = at; ; j++) {
    if (node.stop) bits |= endBits(node, text, j);
    if (j >= text.length) return bits;
    // (an index below low wraps to a large one: no negative index reaches the array)
    const k = (LOWER[text.charCodeAt(j)] - node.low) >>> 0;
    const child = k < node.byUnit.length ? node.byUnit[k] : undefined;
    if (child === undefined) return bits;
    node = child;
  }
}

/** The bits of the phrases that end at `end` with `node`, or go on after it with a next word. */
function endBits(node: TrieNode, text: string, end: number): number {
  const k = end < text.length ? KIND[text.charCodeAt(end)] : 0;
  let bits = node.endAny;
  if ((k & (LETTER | NUMBER)) === 0) bits |= node.endNoWord;
  if ((k & SPACE) !== 0) {
    bits |= node.endSpace;
    if (node.next !== null) {
      let next = end + 1;
      while (next < text.length && (KIND[text.charCodeAt(next)] & SPACE) !== 0) next++;
      bits |= trieBits(node.next, text, next);
    }
  }
  return bits;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Bits of a run of digits that starts at `at` after no letter or digit. */
function numberBits(text: string, at: number): number {
  let end = at + 1;
  while (end < text.length && isDigit(text.charCodeAt(end))) end++;
  const len = end - at;
  // \d{1,2} then no digit; (?:19|20)\d{2} then no digit.
  if (len <= 2) return LEAD.day;
  const c0 = text.charCodeAt(at);
  const c1 = text.charCodeAt(at + 1);
  return len === 4 && ((c0 === 49 && c1 === 57) || (c0 === 50 && c1 === 48)) ? LEAD.year : 0;
}

/**
 * Scan `text` for the positions where a date may begin; null when the text needs the regexes'
 * own scan (it needs Unicode matching).
 */
export function scanLeads(text: string, lex: LeadLexicon): Leads | null {
  const table = tableFor(lex);
  if (!table) return null;
  const kind = KIND;
  const first = table.first;
  const leads: Leads = { count: 0, pos: [], bits: [], any: 0, numericCore: false };
  const n = text.length;
  let prev = 0; // kind of the character before
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = kind[c];
    if ((k & (UNSAFE | SEPARATOR)) !== 0) {
      if ((k & UNSAFE) !== 0) return null;
      if (isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) leads.numericCore = true;
    }
    if ((prev & LETTER) === 0) {
      if (isDigit(c)) {
        const bits = (prev & NUMBER) === 0 ? numberBits(text, i) : 0;
        if (bits !== 0) record(leads, i, bits | CLEAN);
      } else if ((k & LETTER) !== 0) {
        const lc = LOWER[c];
        const node = lc < first.length ? first[lc] : undefined;
        const bits = node === undefined ? 0 : trieBits(node, text, i + 1);
        if (bits !== 0) record(leads, i, (prev & NUMBER) === 0 ? bits | CLEAN : bits);
      }
    }
    prev = k;
  }
  return leads;
}

/** Guards a scanned position settles: every position has no letter before; CLEAN ones no digit either. */
const NO_LETTER_BEFORE = '(?<![\\p{L}])';
const NO_LETTER_OR_DIGIT_BEFORE = '(?<![\\p{L}\\p{N}])';

/** A bounded regex's body as sticky twins, to try at one position. */
export interface StickyBody {
  body: RegExp;
  fastBody: RegExp | null;
  /** the guard holds at positions with these bits (-1: at every position; 0: test it) */
  guardHolds: number;
}

export function stickyBody(re: BoundedRegExp): StickyBody {
  const sticky = (r: RegExp) => new RegExp(r.source, r.flags.replace('g', '') + 'y');
  const guard = re.guard.source;
  const guardHolds = guard === NO_LETTER_BEFORE ? -1 : guard === NO_LETTER_OR_DIGIT_BEFORE ? CLEAN : 0;
  return { body: sticky(re.body), fastBody: re.fastBody && sticky(re.fastBody), guardHolds };
}

/**
 * The match of `re` at lead `k` of `leads` where its guard holds, or null: what the whole-text
 * scan finds there. Scanned text needs no Unicode matching, so the fast body serves where there is one.
 */
export function execAt(
  re: BoundedRegExp,
  sticky: StickyBody,
  text: string,
  leads: Leads,
  k: number,
): RegExpExecArray | null {
  const at = leads.pos[k];
  const body = sticky.fastBody ?? sticky.body;
  body.lastIndex = at;
  const m = body.exec(text);
  if (m === null || (leads.bits[k] & sticky.guardHolds) !== 0) return m;
  re.guard.lastIndex = at;
  return re.guard.test(text) ? m : null;
}

/** Does `re` match at some scanned position with any of `bits`? */
export function testAtLeads(re: BoundedRegExp, sticky: StickyBody, leads: Leads, bits: number, text: string): boolean {
  if ((leads.any & bits) === 0) return false;
  for (let k = 0; k < leads.count; k++) {
    if ((leads.bits[k] & bits) !== 0 && execAt(re, sticky, text, leads, k) !== null) return true;
  }
  return false;
}
