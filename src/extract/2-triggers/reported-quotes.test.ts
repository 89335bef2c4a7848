import { describe, expect, it } from 'vitest';
import { findTriggers } from './index.js';
import { extract } from '../index.js';

const live = (s: string) =>
  findTriggers(s, 'ru')
    .filter((t) => !t.irrealis && !t.background)
    .map((t) => t.type);

describe('ru: a quotation attributed to a source of facts is the report’s own account', () => {
  const rows: [string, string][] = [
    ['«Ночью неизвестный поджёг дверь военкомата», — сообщили в полиции.', 'arson'],
    ['«Задержаны трое участников акции», — пишет телеграм-канал.', 'arrest'],
    ['«В субботу на перегоне сошли с рельсов шесть вагонов», — говорится в сообщении ведомства.', 'sabotage'],
    ['В пресс-службе МВД сообщили: «Подозреваемый в поджоге задержан».', 'arrest'],
  ];
  it.each(rows)('%s', (sentence, type) => {
    expect(live(sentence)).toContain(type);
  });
});

describe('ru: a quotation of an opinion, a plan or an appeal stays speech', () => {
  const rows: string[] = [
    '«Мы будем выходить на митинги, пока нас не услышат», — сказала она.',
    '«Задерживать людей за цветы у памятника — это позор», — считает адвокат.',
    '«Выходите на улицы в воскресенье и не бойтесь», — призвали организаторы.',
  ];
  it.each(rows)('%s', (sentence) => {
    expect(live(sentence).filter((t) => t !== 'statement')).toEqual([]);
  });
});

describe('ru: a quotation over several sentences, closed by an attribution', () => {
  const acts = (text: string) =>
    extract({ id: 't', title: null, text, published: '2024-05-20', lang: 'ru' }).map((r) => r.type);
  it('of reported facts is the report’s account', () => {
    expect(
      acts('«Около полуночи неизвестный поджёг дверь военкомата в Твери. Огонь быстро потушили», — сообщили в МВД.'),
    ).toContain('arson');
  });
  it('of an opinion stays speech', () => {
    expect(
      acts('«Завтра мы снова выйдем на митинг в Твери. Нас не остановят», — сказала одна из организаторов.'),
    ).not.toContain('protest');
  });
});
