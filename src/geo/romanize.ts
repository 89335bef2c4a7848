// The common romanisations of a Cyrillic place name, for the gazetteer builder: reports spell a
// town as the press of their language does — BGN/PCGN (Osipovichi), scholarly (Osipoviči), French
// (Ossipovitchi, Borissov), German (Ossipowitschi), Belarusian-Latin style (Svietlahorsk) or the
// press's plain e for ё (Tetkino) —
// and each spelling must meet the same row. Pure string rules, run once per name at build time.

type Scheme = 'bgn' | 'scholarly' | 'french' | 'german' | 'plain' | 'ie';

/** Letter tables; a letter missing from a scheme's table falls back to BGN's. */
const BGN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ў: 'w',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};
const TABLES: Record<Scheme, Record<string, string>> = {
  bgn: BGN,
  scholarly: {
    ё: 'ë',
    є: 'je',
    ж: 'ž',
    й: 'j',
    х: 'ch',
    ц: 'c',
    ч: 'č',
    ш: 'š',
    щ: 'šč',
    ы: 'y',
    э: 'è',
    ю: 'ju',
    я: 'ja',
    ї: 'ji',
  },
  french: {
    ё: 'io',
    ж: 'j',
    й: 'ï',
    у: 'ou',
    х: 'kh',
    ч: 'tch',
    ш: 'ch',
    щ: 'chtch',
    ы: 'y',
    ю: 'iou',
    я: 'ia',
    є: 'ie',
  },
  german: {
    в: 'w',
    ё: 'jo',
    ж: 'sch',
    з: 's',
    й: 'j',
    х: 'ch',
    ц: 'z',
    ч: 'tsch',
    ш: 'sch',
    щ: 'schtsch',
    ы: 'y',
    ю: 'ju',
    я: 'ja',
    є: 'je',
  },
  // the press's shorthand: ё as e, е always e, ў as u (Tetkino, Seversk, Shklou)
  plain: { ё: 'e', э: 'e', ў: 'u' },
  // Belarusian and Ukrainian Latin habits in English text: г as h, е as ie after a consonant (Svietlahorsk)
  ie: { г: 'h', е: 'ie', ё: 'io', я: 'ia', ю: 'iu' },
};
const VOWELS = new Set([...'аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ']);
const SCHEMES = Object.keys(TABLES) as Scheme[];

/** One Cyrillic name in one scheme. */
export function romanize(name: string, scheme: Scheme): string {
  const table = TABLES[scheme];
  const chars = [...name];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const raw = chars[i];
    const c = raw.toLowerCase();
    const prev = i > 0 ? chars[i - 1].toLowerCase() : '';
    const next = i + 1 < chars.length ? chars[i + 1].toLowerCase() : '';
    const initial = !/\p{L}/u.test(prev);
    let r = table[c] ?? BGN[c] ?? c;
    // е after a vowel, a sign or at a word start is "ye"/"je"/"ie"
    if (c === 'е' && (initial || VOWELS.has(prev) || prev === 'ь' || prev === 'ъ')) {
      r = scheme === 'bgn' ? 'ye' : scheme === 'french' || scheme === 'ie' ? 'ie' : scheme === 'plain' ? 'e' : 'je';
    }
    // French and German double an s between vowels to keep it voiceless (Borissov, Ossipowitschi)
    if (c === 'с' && (scheme === 'french' || scheme === 'german') && VOWELS.has(prev) && VOWELS.has(next)) r = 'ss';
    // the adjective ending -ий/-ый is -i in French, -ij in scholarly and German
    if (c === 'й' && (prev === 'и' || prev === 'ы') && !/\p{L}/u.test(next)) r = scheme === 'french' ? '' : r;
    out += raw !== c && r ? r[0].toUpperCase() + r.slice(1) : r;
  }
  return out;
}

/** The distinct romanisations of a Cyrillic name (BGN first). */
export function romanizations(name: string): string[] {
  const seen = new Set<string>();
  for (const s of SCHEMES) seen.add(romanize(name, s));
  return [...seen];
}
