// Loads the per-language trigger lexicons (data in ./<lang>.json) and compiles them once into
// combined expressions, each scanned word start by word start (see nlp/regex/word-start.ts).
import type { EventType } from '../../model/event.js';
import type { Lang } from '../../model/document.js';
import en from './en.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };
import uk from './uk.json' with { type: 'json' };
import { entryScanner, type EntryScanner } from '../../nlp/regex/word-start.js';

interface RawEntry {
  type: string;
  weight: number;
  p: string;
  cs?: boolean;
  complement?: string;
  needs_target?: boolean;
  needs_count?: boolean;
  nonstate_speakers?: boolean;
  object?: boolean;
  remote?: boolean;
}
interface RawLexicon {
  triggers: RawEntry[];
  targets: { target: string; p: string }[];
  infrastructure: string[];
  irrealis: string;
  irrealis_clause: string;
  negation: string;
  negation_after?: string;
  negation_aux?: string;
  generic_after?: string;
  background: string;
  anaphora: string;
  boilerplate: string;
  inserts?: string;
  charges_cue?: string;
  reported_quote?: { before: string; after: string };
}

/** What a trigger makes of the acts named after it: wished-for (a call), reported (a claim), or the
 *  charges of a sentence ("jailed for arson") that are background to it. */
export type Complement = 'irrealis' | 'realis' | 'charges';
/** needsTarget: a vague word ("burnt") that codes an act only when the clause names a target */
/** nonStateSpeakers: "said in a statement" is news reporting when the police say it, a statement when a movement does */
/** object: a noun phrase naming a target; right after another act it is that act's object (trigger-objects.ts) */
/** remote: fire from afar (drones, missiles, shelling): an explosion even when it hits infrastructure, as ACLED codes remote violence */
export interface TriggerEntry {
  type: EventType;
  weight: number;
  complement?: Complement;
  needsTarget?: boolean;
  needsCount?: boolean;
  nonStateSpeakers?: boolean;
  object?: boolean;
  remote?: boolean;
}
export interface CompiledLexicon {
  lang: Lang;
  /** all trigger patterns at once; a match's entry is entries[triggers.entry] */
  triggers: EntryScanner;
  entries: TriggerEntry[];
  /** all target patterns at once; a match's entry is targetNames[targets.entry] */
  targets: EntryScanner;
  targetNames: string[];
  infrastructure: Set<string>;
  /** modal/intent cue near before a trigger: the act is wished, planned or possible */
  irrealis: EntryScanner;
  /** clause-level conditional cue */
  irrealisClause: EntryScanner;
  negation: EntryScanner;
  /** words that may stand between a negation and the act it negates ("nobody has been detained") */
  negationAux: RegExp | null;
  /** a negation that follows the act ("задержаний не было") */
  negationAfter: RegExp | null;
  /** what the act's noun is said to be, right after it, when it names a kind of act ("поджоги стали формой протеста") */
  genericAfter: RegExp | null;
  /** the same words searched anywhere: a cheap first pass before the anchored expression */
  negationAfterGate: RegExp | null;
  /** word right before a nominal trigger that makes it background ("after the protests") */
  background: RegExp;
  /** an anaphor among the first words ("The three …", "They …"): see anaphoric() */
  anaphora: EntryScanner;
  boilerplate: RegExp;
  /** a line a page puts inside the article ("Advertisement"): skipped, the article goes on */
  inserts: RegExp | null;
  /** "accused of", "обвиняют в том, что": what follows is the charge */
  chargesCue: EntryScanner | null;
  /** an attribution that makes a quotation a source's report of facts (2-triggers/reported-quotes.ts) */
  reportedQuote: { before: RegExp; after: RegExp } | null;
}

const L = '[\\p{L}\\p{N}]';
/** '~' = any word ending; words are delimited by non-letters (\b is ASCII-only in JS). */
export function expand(p: string): string {
  return p.replace(/~/g, '\\p{L}*');
}
/** `(?<!L)(?:p)(?!L)`, as a scanner: the pattern as a word (or words) of its own. */
function bounded(p: string, flags: string): EntryScanner {
  return entryScanner([expand(p)], flags);
}

function compile(lang: Lang, raw: RawLexicon): CompiledLexicon {
  const entries: TriggerEntry[] = raw.triggers.map((e) => ({
    type: e.type as EventType,
    weight: e.weight,
    complement:
      e.complement === 'irrealis' || e.complement === 'realis' || e.complement === 'charges' ? e.complement : undefined,
    needsTarget: e.needs_target === true,
    // "he left the country" is one person's choice; "3,000 left" is a figure worth coding
    needsCount: e.needs_count === true,
    nonStateSpeakers: e.nonstate_speakers === true,
    object: e.object === true,
    remote: e.remote === true,
  }));
  const triggers = entryScanner(
    raw.triggers.map((e) => expand(e.p)),
    'iu',
  );
  const targets = entryScanner(
    raw.targets.map((t) => expand(t.p)),
    'iu',
  );
  return {
    lang,
    triggers,
    entries,
    targets,
    targetNames: raw.targets.map((t) => t.target),
    infrastructure: new Set(raw.infrastructure),
    // English modal cues are matched case-sensitively: "May" the month is not "may" the modal.
    irrealis: bounded(raw.irrealis, lang === 'en' ? 'u' : 'iu'),
    irrealisClause: bounded(raw.irrealis_clause, 'iu'),
    negation: bounded(raw.negation, 'iu'),
    negationAux: raw.negation_aux ? new RegExp(`^(?:${expand(raw.negation_aux)})$`, 'iu') : null,
    genericAfter: raw.generic_after
      ? new RegExp(`^[^,;:.!?«»"]{0,60}?(?<!${L})(?:${expand(raw.generic_after)})(?!${L})`, 'iu')
      : null,
    negationAfterGate: raw.negation_after ? new RegExp(`(?:${expand(raw.negation_after)})`, 'iu') : null,
    negationAfter: raw.negation_after
      ? new RegExp(`^(?:[\\s,]+[\\p{L}\\p{N}-]+){0,12}?[\\s,]+(?:${expand(raw.negation_after)})(?!${L})`, 'iu')
      : null,
    background: new RegExp(`^(?:${expand(raw.background)})$`, 'iu'),
    // the anaphor stands among the first words ("On the last day the participants …"): see anaphoric()
    anaphora: bounded(raw.anaphora, 'iu'),
    boilerplate: new RegExp(`^\\W*(?:${expand(raw.boilerplate)})(?!${L})`, 'iu'),
    inserts: raw.inserts ? new RegExp(`^\\W*(?:${expand(raw.inserts)})\\W*$`, 'iu') : null,
    chargesCue: raw.charges_cue ? bounded(raw.charges_cue, 'iu') : null,
    reportedQuote: raw.reported_quote
      ? {
          before: new RegExp(`(?<!${L})(?:${expand(raw.reported_quote.before)})$`, 'iu'),
          after: new RegExp(`^(?:${expand(raw.reported_quote.after)})(?!${L})`, 'iu'),
        }
      : null,
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

/** Whether the sentence opens with an anaphor ("The three …", "They …"): its first 60 characters. */
export function anaphoric(lex: CompiledLexicon, sentence: string): boolean {
  return lex.anaphora.exec(sentence.slice(0, 60), 0) !== null;
}
