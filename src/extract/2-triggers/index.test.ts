import { describe, it, expect } from 'vitest';
import { findTriggers, findTargets } from './index.js';
import type { Lang } from '../../model/document.js';

type Row = [Lang, string, string[]];
const live = (s: string, lang: Lang) =>
  findTriggers(s, lang)
    .filter((t) => !t.irrealis && !t.background)
    .map((t) => t.type);

describe('findTriggers: one row per event type and language', () => {
  const rows: Row[] = [
    ['en', 'Hundreds of residents rallied outside the town hall.', ['protest']],
    ['en', 'Fans clashed with riot police after the match.', ['riot']],
    ['en', 'A man threw a Molotov cocktail at the recruiting office.', ['arson']],
    ['en', 'Saboteurs derailed a freight train near the station.', ['sabotage']],
    ['en', 'A relay cabinet was set on fire overnight.', ['sabotage']],
    ['en', 'A gunman opened fire on a checkpoint.', ['armed_attack']],
    ['en', 'An explosion damaged the barracks.', ['explosion']],
    ['en', 'Officers detained eleven people.', ['arrest']],
    ['en', 'The Legion claimed responsibility for the raid.', ['statement']],
    ['en', 'The activists founded a new movement for independence.', ['organization']],
    ['en', 'The president signed a decree on mobilisation.', ['policy']],
    ['en', 'Two soldiers refused to fight and deserted.', ['desertion']],
    ['en', 'Anti-war graffiti appeared on the walls.', ['other']],
    ['ru', 'Жители вышли на митинг у здания администрации.', ['protest']],
    ['ru', 'Протестующие забросали полицейских камнями, начались беспорядки.', ['riot']],
    ['ru', 'Неизвестный бросил коктейль Молотова в здание военкомата.', ['arson']],
    ['ru', 'Под Рязанью подожгли релейный шкаф.', ['sabotage']],
    ['ru', 'В результате схода вагонов движение было остановлено.', ['sabotage']],
    ['ru', 'Мужчина открыл огонь по сотрудникам полиции.', ['armed_attack']],
    ['ru', 'Ночью у здания прогремел взрыв.', ['explosion']],
    ['ru', 'Полицейские задержали двенадцать участников акции.', ['arrest']],
    ['ru', 'Суд приговорил мужчину к восьми годам колонии.', ['arrest']],
    ['ru', 'Движение выступило с заявлением.', ['statement']],
    ['ru', 'Активисты объявили о создании нового движения.', ['organization']],
    ['ru', 'Президент подписал указ о мобилизации.', ['policy']],
    ['ru', 'Солдаты отказались воевать и покинули часть.', ['desertion']],
    ['ru', 'На остановках появились антивоенные листовки.', ['other']],
  ];
  it.each(rows)('%s: %s', (lang, sentence, types) => {
    for (const t of types) expect(live(sentence, lang)).toContain(t);
  });
});

describe('findTriggers: what is not a reported act', () => {
  const rows: Row[] = [
    ['en', 'The group plans to protest on Saturday.', []],
    ['en', 'Organisers said they will hold a rally next week.', []],
    ['en', 'Nobody was detained.', []],
    ['en', 'The movement called for strikes and sabotage across the country.', ['statement']],
    ['en', 'Activists were jailed for anti-war protests.', ['arrest']],
    ['en', 'The 2020 riots changed the country.', []],
    ['ru', 'Активисты планируют провести митинг в субботу.', []],
    ['ru', 'Его задержали за участие в антивоенной акции.', ['arrest']],
  ];
  it.each(rows)('%s: %s', (lang, sentence, types) => {
    expect(live(sentence, lang).sort()).toEqual([...types].sort());
  });
});

describe('findTargets', () => {
  it('names what an act was aimed at', () => {
    expect(
      findTargets('They set fire to the military enlistment office and a police car.', 'en').map((t) => t.target),
    ).toEqual(['military enlistment office', 'police']);
    expect(findTargets('Подожгли военкомат.', 'ru').map((t) => t.target)).toEqual(['military enlistment office']);
  });
});

describe('findTriggers: text with astral characters', () => {
  // such text takes the regex paths of the word and cue scans: the same answers either way
  it.each([
    ['en', 'Police said they would detain anyone who protested after the riots.'],
    ['en', 'Nobody was detained, but the movement called for strikes.'],
    ['ru', 'Активисты планируют провести митинг, после беспорядков никто не задержан.'],
  ] as const)('%s: %s', (lang, sentence) => {
    const plain = findTriggers(sentence, lang);
    expect(plain.length).toBeGreaterThan(0);
    expect(findTriggers(`${sentence} 😀`, lang)).toEqual(plain);
    const shifted = findTriggers(`𝐀 ${sentence}`, lang).map((t) => ({ ...t, start: t.start - 3, end: t.end - 3 }));
    expect(shifted).toEqual(plain);
  });
});
