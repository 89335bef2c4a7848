import { describe, expect, it } from 'vitest';
import { sameActor, targetAgreement } from './actor-keys.js';
import { placedByOffset, withOffsetPrecision } from './offset-place.js';
import { bandKeys, decodeSignature, encodeSignature, minhash, signatureSimilarity } from './shingles.js';
import { record } from '../store/test-support.js';

const STORY =
  'Residents of Kineshma gathered outside the town hall on Sunday to protest against the planned closure of the maternity ward. ' +
  'Organisers said about two hundred people came, many with children and handmade placards. ' +
  'The regional health department says the ward delivers too few babies to stay open. ' +
  'Doctors at the hospital told reporters they had not been consulted about the decision. ' +
  'A petition against the closure has collected more than four thousand signatures so far.';

describe('MinHash near-duplicates', () => {
  it('a copy with another headline, boilerplate and one changed sentence stays similar; another story does not', () => {
    const copy = `Kineshma mothers fight for their ward\n\n${STORY.replace('many with children and handmade placards', 'several with prams')}\n\nSubscribe to our channel. © Volga Wire`;
    const other =
      'Railway workers in Tulun found a burnt relay cabinet on the line east of the station early on Friday morning, ' +
      'and trains were held for four hours while signals were repaired by a crew sent from Irkutsk.';
    const a = minhash(STORY)!;
    expect(signatureSimilarity(a, minhash(copy)!)).toBeGreaterThanOrEqual(0.5);
    expect(signatureSimilarity(a, minhash(other)!)).toBeLessThan(0.2);
    expect(bandKeys(a).some((k) => bandKeys(minhash(copy)!).includes(k))).toBe(true);
    expect(decodeSignature(encodeSignature(a))).toEqual(a);
    expect(minhash('too short')).toBeNull();
  });
});

describe('"N km from X"', () => {
  it('reads the place after a distance as a reference point, in English and Russian', () => {
    expect(placedByOffset('A car burnt in Tutayev, some 35 km north-west of Yaroslavl, overnight.', 'Yaroslavl')).toBe(
      true,
    );
    expect(placedByOffset('В 60 км от Владимира подожгли военкомат.', 'Владимир')).toBe(true);
    expect(placedByOffset('A car burnt in Yaroslavl overnight, 3 km from the station.', 'Yaroslavl')).toBe(false);
    const r = record({ place: 'Yaroslavl', geo_precision: 1, evidence: 'A car burnt about 35 km from Yaroslavl.' });
    expect(withOffsetPrecision(r).geo_precision).toBe(2);
    expect(withOffsetPrecision(record()).geo_precision).toBe(1);
  });
});

describe('actor and target names across spellings and languages', () => {
  it.each([
    ['Free Volga Committee', 'Комитет «Свободная Волга»', true],
    ['Gomel regional court', 'Gomelsky Regional Court', true],
    ['Coordinating Council of Regions', 'Координационный совет регионов', true],
    ['Vesna', 'Russian Volunteer Corps', false],
    ['Free Volga Committee', 'Free Ural Committee', false],
  ])('%s ~ %s → %s', (a, b, same) => expect(sameActor(a, b)).toBe(same));

  it('targets agree on any shared word', () => {
    expect(targetAgreement(['railway saboteurs'], ['railway partisans'])).toBe('shared');
    expect(targetAgreement(['enlistment office'], ['locomotive'])).toBe('conflict');
    expect(targetAgreement([], ['locomotive'])).toBe('none');
    expect(targetAgreement(['военкомат'], ['enlistment office'])).toBe('none');
  });
});
