// Institutions a place lookup would misread as towns ("Рада" is not Radom, EVENTS.md rule 4: an
// institution without a place is at its seat). A mention that is an institution's name stands for
// its country's capital, as weak evidence (like an adjective): it places the institution's own acts
// only when the sentence names no other place.
import { readFileSync } from 'node:fs';
import type { Lang } from '../../model/document.js';
import type { PlaceMention } from '../types.js';
import { dataPath } from '../../util/data-path.js';
import { seatOf } from '../../geo/regions.js';

interface Entry {
  country: string;
  re: RegExp;
}
const cache = new Map<Lang, Entry[]>();

function entries(lang: Lang): Entry[] {
  let list = cache.get(lang);
  if (list) return list;
  const raw = JSON.parse(readFileSync(dataPath('place-institutions.json'), 'utf8')) as {
    institutions?: Record<string, string>[];
  };
  list = [];
  for (const inst of Array.isArray(raw.institutions) ? raw.institutions : []) {
    const p = inst[lang];
    if (typeof p !== 'string' || typeof inst.country !== 'string' || !/^[A-Z]{2}$/.test(inst.country)) continue;
    list.push({ country: inst.country, re: new RegExp(`^(?:${p.replace(/~/g, '\\p{L}*')})$`, 'iu') });
  }
  cache.set(lang, list);
  return list;
}

/** The mentions with institutions' names turned into their seats. */
export function withInstitutions(mentions: PlaceMention[], lang: Lang): PlaceMention[] {
  const list = entries(lang);
  if (list.length === 0) return mentions;
  let out: PlaceMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const inst = list.find((e) => e.re.test(m.text));
    if (!inst) continue;
    out ??= mentions.slice();
    out[i] = { ...m, place: seatOf(inst.country), adjective: true, near: false };
  }
  return out ?? mentions;
}
