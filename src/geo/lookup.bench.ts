// Place lookup cost per 3 kB report (document hints + per-sentence lookup, as the extractor calls them).
// Run: npx vitest bench src/geo --run. Each iteration is a new document (fresh sentence strings and scans),
// so the scans serve only the second pass, as in real use.
import { bench, describe } from 'vitest';
import { documentPlaceHints, findPlaces, PlaceScans } from '../extract/4-places/index.js';
import type { Lang } from '../model/document.js';
import { warmUp } from './name-index.js';

const EN = [
  'Police in Makhachkala detained at least twenty people on Sunday after a rally against mobilisation in the Dagestani capital.',
  'Witnesses said officers also searched homes in the village of Gubden and near Kaspiysk.',
  'In a separate incident, a relay cabinet was set on fire outside Kirovsk in the Leningrad region, the regional transport prosecutor said.',
  'Activists in St. Petersburg and Moscow held single pickets; several were fined by courts on Monday.',
  'The Belarusian opposition said partisans had damaged a railway line in the Minsk region overnight.',
  'Ukrainian officials reported drone strikes on Kyiv and the Kharkiv region, and the governor of the Belgorod region reported shelling.',
];
const RU = [
  'В Махачкале в воскресенье задержали не менее двадцати человек после акции против мобилизации.',
  'По словам очевидцев, силовики также провели обыски в селе Губден и под Каспийском.',
  'Кроме того, под Кировском в Ленинградской области подожгли релейный шкаф, сообщила транспортная прокуратура.',
  'Активисты в Петербурге и Москве вышли на одиночные пикеты; суды оштрафовали нескольких участников.',
  'Белорусская оппозиция сообщила, что партизаны повредили железную дорогу в Минской области.',
];

function report(sentences: string[]): string[] {
  const out: string[] = [];
  let size = 0;
  for (let k = 0; size < 3000; k++) {
    const s = sentences[k % sentences.length];
    out.push(s);
    size += s.length + 1;
  }
  return out;
}

let n = 0;
function run(base: string[], lang: Lang): void {
  n++;
  const sentences = base.map((s) => `${s} ${n}`);
  const scans = new PlaceScans();
  const hints = documentPlaceHints(sentences, lang, scans);
  for (const s of sentences) findPlaces(s, lang, hints, scans);
}

warmUp();
const en = report(EN),
  ru = report(RU);
describe('place lookup, one 3 kB report', () => {
  bench('English', () => run(en, 'en'));
  bench('Russian', () => run(ru, 'ru'));
});
