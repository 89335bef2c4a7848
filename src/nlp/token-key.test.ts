import { describe, expect, it } from 'vitest';
import { tokenKey } from './token-key.js';

describe('tokenKey folds spelling variants onto one key', () => {
  it.each<[string[]]>([
    [['Ponomarev', 'Ponomaryov', 'Ponomaryev', 'Ponomarjov', 'PONOMAREV']],
    [['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Zelenskyi']],
    [['Sergei', 'Sergey']],
    [['Alexei', 'Aleksei', 'Alexey', 'Aleksey']],
    [['Khabirov', 'Habirov']],
    [['Gabbasov', 'Gabasov']],
    [['Wolną', 'Wolna', 'wolna']],
    [['Rosgvardia', 'Rosgvardya']],
    [['Легион', 'Легиона', 'Легионом', 'Легионе']],
    [['Россия', 'России', 'Россию', 'Россией']],
    [['Рада', 'Ради', 'Раді']],
    [['Пономарёв', 'Пономарева', 'Пономарёвым', 'Пономарёву']],
    [['Мемориал', 'Мемориала', 'Мемориале', 'Мемориалом']],
    [['Навальный', 'Навального', 'Навальному']],
    [['Сергей', 'Сергея', 'Сергею']],
  ])('%j', (forms) => {
    const keys = new Set(forms.map(tokenKey));
    expect([...keys]).toHaveLength(1);
  });

  it.each<[string, string]>([
    ['Putin', 'Путин'],
    ['СК', 'СКУ'],
    ['весна', 'весло'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(tokenKey(a)).not.toBe(tokenKey(b));
  });

  it('keeps Cyrillic abbreviations whole', () => {
    expect(tokenKey('СКУ')).toBe('ску');
    expect(tokenKey('РДК')).toBe('рдк');
  });
});
