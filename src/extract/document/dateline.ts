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

/** A paragraph that is nothing but a place name heads the paragraphs after it. */
export function headingPlace(paragraph: string, lang: Lang): GeoPlace | null {
  if (paragraph.length > 48) return null;
  const m = HEADING.exec(paragraph);
  return m ? onlyPlace(m[1], lang) : null;
}
