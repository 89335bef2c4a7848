// Where a report says it was filed or what a section is about: a dateline ("ROSTOV-ON-DON —",
// "OMSK, March 14 —") and a heading line that is only a place ("Krasnodar.", "⚡️ БАЙМАК").
// Both locate the acts that name no place of their own.
import type { Lang } from '../../model/document.js';
import type { GeoPlace } from '../types.js';
import { findPlaces } from '../4-places/index.js';

const DATELINE = /^\s*([A-ZА-ЯЁ][A-ZА-ЯЁ'’.\- ]{2,40}?)(?:,[^—–\n]{1,40})?\s+(?:[—–]|--)\s/u;
// biome-ignore-start lint/suspicious/noMisleadingCharacterClass: U+FE0F and U+200D are in the class to be stripped one by one
const HEADING = /^[\s#\p{So}\p{Sk}\p{Pd}\uFE0F\u200D•*]*([\p{L}][\p{L}'’ -]{1,40}?)[\s.:!]*$/u;
// biome-ignore-end lint/suspicious/noMisleadingCharacterClass: (the class above)

/** "ROSTOV-ON-DON" → "Rostov-On-Don": the gazetteer wants names, not shouting. */
function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function onlyPlace(name: string, lang: Lang): GeoPlace | null {
  const text = titleCase(name.trim());
  const found = findPlaces(text, lang).filter((p) => !p.adjective);
  const best = found.find((p) => p.end - p.start >= text.replace(/[\s.:-]+$/u, '').length * 0.6);
  return best ? best.place : null;
}

/** "Rostov-on-Don, Southern District Military Court." as the report's first short line */
const PLACE_LINE = /^\s*([\p{Lu}][\p{L}'’.\- ]{2,40}?),\s[^\n]{0,60}\n/u;

export function datelinePlace(text: string, lang: Lang): GeoPlace | null {
  const head = text.slice(0, 120);
  const m = DATELINE.exec(head) ?? PLACE_LINE.exec(head);
  return m ? onlyPlace(m[1], lang) : null;
}

/** a preposition that makes a headline's first word read as a place, as in a sentence */
const LOCATIVE_CUE: Record<Lang, string> = { en: 'in', ru: 'в', uk: 'у' };

/**
 * A headline of the form "Town: what happened" or "What happened: Town" (one colon, one side only a
 * place): the place the report is filed from, as a dateline would say.
 */
export function headlinePlace(title: string | null | undefined, lang: Lang): GeoPlace | null {
  if (!title) return null;
  const colon = title.indexOf(':');
  if (colon < 0 || title.indexOf(':', colon + 1) >= 0) return null;
  // read in the whole headline (the other side is its context), then keep a name that fills a side
  const found = findPlaces(title, lang).filter((p) => !p.adjective);
  for (const [from, to] of [
    [0, colon],
    [colon + 1, title.length],
  ]) {
    const side = title.slice(from, to).trim();
    if (side.length < 2 || side.length > 40 || !/^[\p{L}'’ -]+$/u.test(side)) continue;
    const hit = found.find((p) => p.start >= from && p.end <= to && p.end - p.start >= side.length * 0.6);
    if (hit) return hit.place;
    // a headline's first word is capitalised anyway, so a town there is read as after a preposition
    if (from === 0) {
      const cue = LOCATIVE_CUE[lang];
      const inner = findPlaces(`${cue} ${side}`, lang).find(
        (p) => !p.adjective && p.start === cue.length + 1 && p.end - p.start >= side.length * 0.6,
      );
      if (inner) return inner.place;
    }
  }
  return null;
}

/** A paragraph that is nothing but a place name heads the paragraphs after it. */
export function headingPlace(paragraph: string, lang: Lang): GeoPlace | null {
  if (paragraph.length > 48) return null;
  const m = HEADING.exec(paragraph);
  return m ? onlyPlace(m[1], lang) : null;
}
