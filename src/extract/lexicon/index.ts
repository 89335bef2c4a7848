// Loads the per-language trigger lexicons (data in ./<lang>.json) and compiles them once into
// combined regular expressions, so a sentence is scanned in one pass per expression.
import type { EventType } from '../../model/event.js';
import type { Lang } from '../../model/document.js';
import en from './en.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };
import uk from './uk.json' with { type: 'json' };

interface RawEntry { type: string; weight: number; p: string; cs?: boolean; complement?: string; needs_target?: boolean; needs_count?: boolean; nonstate_speakers?: boolean }
interface RawLexicon {
  triggers: RawEntry[];
  targets: { target: string; p: string }[];
  infrastructure: string[];
  irrealis: string;
  irrealis_clause: string;
  negation: string;
  negation_after?: string;
  background: string;
  anaphora: string;
  boilerplate: string;
  charges_cue?: string;
}

/** What a trigger makes of the acts named after it: wished-for (a call), reported (a claim), or the
 *  charges of a sentence ("jailed for arson") that are background to it. */
export type Complement = 'irrealis' | 'realis' | 'charges';
/** needsTarget: a vague word ("burnt") that codes an act only when the clause names a target */
/** nonStateSpeakers: "said in a statement" is news reporting when the police say it, a statement when a movement does */
export interface TriggerEntry { type: EventType; weight: number; complement?: Complement; needsTarget?: boolean; needsCount?: boolean; nonStateSpeakers?: boolean }
export interface CompiledLexicon {
  lang: Lang;
  /** one combined expression; capture group i + 1 = entries[i] (unnamed: no groups object per match) */
  triggers: RegExp;
  entries: TriggerEntry[];
  targets: RegExp;
  targetNames: string[];
  infrastructure: Set<string>;
  /** modal/intent cue near before a trigger: the act is wished, planned or possible */
  irrealis: RegExp;
  /** clause-level conditional cue */
  irrealisClause: RegExp;
  negation: RegExp;
  /** a negation that follows the act ("задержаний не было") */
  negationAfter: RegExp | null;
  /** the same words searched anywhere: a cheap first pass before the anchored expression */
  negationAfterGate: RegExp | null;
  /** word right before a nominal trigger that makes it background ("after the protests") */
  background: RegExp;
  anaphora: RegExp;
  boilerplate: RegExp;
  /** "accused of", "обвиняют в том, что": what follows is the charge */
  chargesCue: RegExp | null;
}

const L = '[\\p{L}\\p{N}]';
/** '~' = any word ending; words are delimited by non-letters (\b is ASCII-only in JS). */
export function expand(p: string): string {
  return p.replace(/~/g, '\\p{L}*');
}
function bounded(p: string): string {
  return `(?<!${L})(?:${expand(p)})(?!${L})`;
}

function compile(lang: Lang, raw: RawLexicon): CompiledLexicon {
  const entries: TriggerEntry[] = raw.triggers.map((e) => ({
    type: e.type as EventType,
    weight: e.weight,
    complement: e.complement === 'irrealis' || e.complement === 'realis' || e.complement === 'charges' ? e.complement : undefined,
    needsTarget: e.needs_target === true,
    // "he left the country" is one person's choice; "3,000 left" is a figure worth coding
    needsCount: e.needs_count === true,
    nonStateSpeakers: e.nonstate_speakers === true,
  }));
  // A first-letter check and one word-start check up front, so most positions fail before any
  // alternative is tried.
  const combined = (ps: string[]) => {
    const first = firstChars(ps);
    const gate = first ? `(?=[${first}])` : '';
    return new RegExp(`${gate}(?<!${L})(?:${ps.map((p) => `((?:${expand(p)})(?!${L}))`).join('|')})`, 'giu');
  };
  const triggers = combined(raw.triggers.map((e) => e.p));
  const targets = combined(raw.targets.map((t) => t.p));
  return {
    lang,
    triggers,
    entries,
    targets,
    targetNames: raw.targets.map((t) => t.target),
    infrastructure: new Set(raw.infrastructure),
    // English modal cues are matched case-sensitively: "May" the month is not "may" the modal.
    irrealis: new RegExp(bounded(raw.irrealis), lang === 'en' ? 'u' : 'iu'),
    irrealisClause: new RegExp(bounded(raw.irrealis_clause), 'iu'),
    negation: new RegExp(`${bounded(raw.negation)}`, 'iu'),
    negationAfterGate: raw.negation_after ? new RegExp(`(?:${expand(raw.negation_after)})`, 'iu') : null,
    negationAfter: raw.negation_after ? new RegExp(`^(?:[\\s,]+[\\p{L}\\p{N}-]+){0,12}?[\\s,]+(?:${expand(raw.negation_after)})(?!${L})`, 'iu') : null,
    background: new RegExp(`^(?:${expand(raw.background)})$`, 'iu'),
    // the anaphor stands among the first words ("On the last day the participants …"): see anaphoric()
    anaphora: new RegExp(`(?<!${L})(?:${expand(raw.anaphora)})(?!${L})`, 'iu'),
    boilerplate: new RegExp(`^\\W*(?:${expand(raw.boilerplate)})(?!${L})`, 'iu'),
    chargesCue: raw.charges_cue ? new RegExp(bounded(raw.charges_cue), 'iu') : null,
  };
}

const cache = new Map<Lang, CompiledLexicon>();
const sources: Partial<Record<Lang, RawLexicon>> = { en: en as RawLexicon, ru: ru as RawLexicon, uk: uk as RawLexicon };

/** The lexicon for a language (English for any other). */
export function lexicon(lang: Lang): CompiledLexicon {
  let lex = cache.get(lang);
  if (!lex) {
    const raw = sources[lang] ?? (lang === 'uk' ? sources.ru : sources.en)!;
    lex = compile(lang, raw);
    cache.set(lang, lex);
  }
  return lex;
}

/** Split a pattern at its top-level '|' (outside groups and classes). */
function alternatives(p: string): string[] {
  const out: string[] = [];
  let depth = 0, inClass = false, start = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push(p.slice(start, i)); start = i + 1; }
  }
  out.push(p.slice(start));
  return out;
}

/** The letters every match of these patterns can start with (lower and upper case), or null when a
 *  pattern may start otherwise (a class, an escape, an optional part): then no gate is used. */
export function firstChars(patterns: string[]): string | null {
  const set = new Set<string>();
  const visit = (p: string): boolean => {
    for (let alt of alternatives(p)) {
      // a leading lookaround consumes nothing: look past it
      while (/^\(\?<?[!=]/.test(alt)) {
        let depth = 0, i = 0;
        for (; i < alt.length; i++) {
          if (alt[i] === '\\') { i++; continue; }
          if (alt[i] === '(') depth++;
          else if (alt[i] === ')' && --depth === 0) break;
        }
        alt = alt.slice(i + 1);
      }
      if (alt.startsWith('(?:')) {
        // find the group's end; an optional or repeated group could be skipped: give up
        let depth = 0, i = 0;
        for (; i < alt.length; i++) {
          if (alt[i] === '\\') { i++; continue; }
          if (alt[i] === '(') depth++;
          else if (alt[i] === ')' && --depth === 0) break;
        }
        if (/^[?*{]/.test(alt.slice(i + 1))) return false;
        if (!visit(alt.slice(3, i))) return false;
        continue;
      }
      const c = alt[0];
      if (!c || !/\p{L}/u.test(c) || /^[?*{]/.test(alt.slice(1))) return false;
      set.add(c.toLowerCase());
      set.add(c.toUpperCase());
    }
    return true;
  };
  for (const p of patterns) if (!visit(p)) return null;
  return [...set].join('');
}

/** Which entry a combined-expression match came from: entry i is capture group i + 1 (the
 *  patterns themselves use only non-capturing groups; lexicon.test.ts checks that). */
export function matchedIndex(m: RegExpExecArray): number {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return i - 1;
  return -1;
}

/** Whether the sentence opens with an anaphor ("The three …", "They …"): its first 60 characters. */
export function anaphoric(lex: CompiledLexicon, sentence: string): boolean {
  return lex.anaphora.test(sentence.slice(0, 60));
}
