import { describe, it, expect } from 'vitest';
import { findSelfNamed } from './self-named.js';

describe('findSelfNamed', () => {
  it.each([
    ['en', 'A group calling itself the "Ural Partisans" claimed the attack.', 'Ural Partisans'],
    ['en', 'An organisation that calls itself “Free Kuban” published a video.', 'Free Kuban'],
    ['ru', 'Ответственность взяла на себя группа, называющая себя «Уральские партизаны».', 'Уральские партизаны'],
    ['en', 'A group calling itself Siberian Cyber Partisans claimed responsibility.', 'Siberian Cyber Partisans'],
  ] as const)('%s: %s', (lang, sentence, name) => {
    const [a] = findSelfNamed(sentence, lang);
    expect(a.name).toBe(name);
    expect(sentence.slice(a.start, a.end)).toBe(name);
  });
  it('ignores quotations that are not self-given names', () => {
    expect(findSelfNamed('The group said it was "ready to act".', 'en')).toEqual([]);
  });
});
