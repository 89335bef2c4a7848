// Stage 2: find event triggers in a sentence, with their targets, and mark those that are not
// reported acts: wished or planned (irrealis), negated, or named only as background.
import type { Lang } from '../model/document.js';
import type { EventType } from '../model/event.js';
import type { TriggerMention } from './types.js';
import { lexicon, matchedIndex, type CompiledLexicon, type TriggerEntry } from './lexicon/index.js';
import { clauseBounds, clauseAt } from './clauses.js';
import { speechSpans, inside } from './quotes.js';

/** words that open the content of a law or decree */
const CONTENT = /(?<![\p{L}])(?:that|which|whereby|providing|allowing|introduc\p{L}*|on|about|for|о|об|который|которая|которые|которым|что|предусматрива\p{L}*|вводя\p{L}*|вводит\p{L}*|за)(?![\p{L}])/iu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Words skipped when looking for the word that governs a noun ("for [the anti-war] protests"). */
const SKIP: Record<Lang, RegExp> = {
  en: /^(?:the|a|an|this|these|those|that|its|their|his|her|our|in|part|railway|rail|train|power|grid|military|enlistment|police|taking|participating|participation|organi[sz]ing|organi[sz]ation|holding|mass|anti-war|antiwar|recent|new|further|many|some|several|spontaneous|peaceful|public|street|partial|general|full-scale|was|were|is|are|been|being|had|has|have|[\p{L}-]+['’]s?)$/iu,
  // Russian adjectives before a noun ("после [октябрьских] беспорядков") are skipped by their endings
  ru: /^(?:\p{L}+(?:ых|их|ой|ей|ого|его|ую|юю|ая|яя|ое|ее|ый|ий|ом|ем)|в|во|на|о|об|по|с|со|к|был|была|было|были|проведени\p{L}*|участи\p{L}*|проведени\p{L}*|организаци\p{L}*|антивоенн\p{L}*|массов\p{L}*|частичн\p{L}*|всеобщ\p{L}*|несогласованн\p{L}*|протестн\p{L}*|одиночн\p{L}*|уличн\p{L}*|эт\p{L}*|так\p{L}*)$/iu,
  uk: /^(?:в|у|на|про|по|з|участ\p{L}*|антивоєнн\p{L}*|масов\p{L}*)$/iu,
};

interface Token { text: string; start: number; end: number }

/** Every word of the sentence once; cues look at the few before each trigger. */
function wordsOf(s: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m; m = WORD.exec(s)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** The words of [from, to), at most the last `max`. */
function wordsBetween(words: Token[], from: number, to: number, max = 8): Token[] {
  let hi = words.length;
  while (hi > 0 && words[hi - 1].end > to) hi--;
  let lo = hi;
  while (lo > 0 && hi - lo < max && words[lo - 1].start >= from) lo--;
  return words.slice(lo, hi);
}

function isBackground(lex: CompiledLexicon, before: Token[]): boolean {
  let i = before.length - 1;
  while (i >= 0 && SKIP[lex.lang].test(before[i].text)) {
    // a skipped word may itself be the governing word ("in 2020", "since 2022")
    if (lex.background.test(before[i].text)) return true;
    i--;
  }
  if (i < 0) return false;
  if (lex.background.test(before[i].text)) return true;
  if (i > 0 && lex.background.test(`${before[i - 1].text} ${before[i].text}`)) return true;
  // a two-word governor whose second word is a skipped preposition ("по делам о диверсиях")
  const n = before.length;
  return n >= 2 && lex.background.test(`${before[n - 2].text} ${before[n - 1].text}`);
}

function isIrrealis(lex: CompiledLexicon, before: Token[], clauseCue: number, start: number): boolean {
  // Conditionals and opinion verbs ("argued that …") colour everything after them in the sentence.
  if (clauseCue >= 0 && clauseCue < start) return true;
  const near = before.slice(-6).map((t) => t.text).join(' ');
  if (lex.irrealis.test(near)) return true;
  const neg = before.slice(-2).map((t) => t.text).join(' ');
  return lex.negation.test(neg);
}

export interface TargetMention { start: number; end: number; target: string; clause: number }

export function findTargets(sentence: string, lang: Lang, clauses = clauseBounds(sentence)): TargetMention[] {
  const lex = lexicon(lang);
  const out: TargetMention[] = [];
  const re = lex.targets;
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    out.push({ start: m.index, end: m.index + m[0].length, target: lex.targetNames[matchedIndex(m)], clause: clauseAt(clauses, m.index) });
  }
  return out;
}

export function findTriggers(sentence: string, lang: Lang): TriggerMention[] {
  const lex = lexicon(lang);
  const clauses = clauseBounds(sentence);
  const speech = speechSpans(sentence);
  let words: Token[] | null = null;
  let clauseCue = -2;
  // One object shape for every trigger (no optional fields added or deleted later: V8 keeps property
  // access fast); what the lexicon entry says beyond the mention stays in a parallel array.
  const found: TriggerMention[] = [];
  const entries: TriggerEntry[] = [];
  const re = lex.triggers;
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const entry = lex.entries[matchedIndex(m)];
    const start = m.index;
    const clauseIdx = clauseAt(clauses, start);
    const clause = clauses[clauseIdx];
    words ??= wordsOf(sentence);
    if (clauseCue === -2) clauseCue = lex.irrealisClause.exec(sentence)?.index ?? -1;
    const before = wordsBetween(words, clause.start, start);
    found.push({
      start,
      end: start + m[0].length,
      text: m[0],
      type: entry.type,
      weight: entry.weight,
      targets: [],
      clause: clauseIdx,
      irrealis: isIrrealis(lex, before, clauseCue, start) || inside(speech, start, start + m[0].length),
      background: isBackground(lex, before),
      charge: false,
      needsCount: entry.needsCount === true,
      nonStateSpeakers: entry.nonStateSpeakers === true,
    });
    entries.push(entry);
  }
  if (found.length === 0) return [];

  // What follows "accused of" is the charge: background to the detention, not a new act.
  const cue = lex.chargesCue?.exec(sentence);
  if (cue) for (const t of found) if (t.start >= cue.index + cue[0].length - 1 && t.type !== 'arrest') t.background = t.charge = true;

  // A negation after an act ("задержаний не было") belongs to it only when no other act stands between.
  if (lex.negationAfter && lex.negationAfterGate!.test(sentence)) {
    for (let k = 0; k < found.length; k++) {
      const t = found[k];
      const clauseEnd = clauses[t.clause].end;
      const stop = Math.min(clauseEnd, t.end + 120, found[k + 1] && found[k + 1].clause === t.clause ? found[k + 1].start : Infinity);
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

  const targets = findTargets(sentence, lang, clauses);
  for (const t of found) {
    const own = targets.filter((g) => g.clause === t.clause && (g.end <= t.start || g.start >= t.end));
    t.targets = [...new Set(own.map((g) => g.target))];
    // Fire or explosives against transport, energy or communications are sabotage (EVENTS.md).
    if ((t.type === 'arson' || t.type === 'explosion') && t.targets.some((x) => lex.infrastructure.has(x))) t.type = 'sabotage' as EventType;
  }
  return found.filter((t, i) => !entries[i].needsTarget || t.targets.length > 0);
}
