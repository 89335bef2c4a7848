import { describe, expect, it } from 'vitest';
import type { GeoPlace, PlaceMention, TriggerMention } from '../types.js';
import type { Group, PlacedMention } from './attach.js';
import { actsOfGroup, distance } from './group-places.js';

const trigger = (type: TriggerMention['type'], targets: string[], weight = 0.9): TriggerMention => ({
  start: 0,
  end: 1,
  text: type,
  type,
  targets,
  irrealis: false,
  background: false,
  charge: false,
  weight,
  clause: 0,
  needsCount: false,
  nonStateSpeakers: false,
});
const group = (triggers: TriggerMention[], start = 10, end = 20): Group => ({
  type: triggers[0]?.type ?? 'arson',
  triggers,
  clause: 0,
  start,
  end,
  weight: 0.9,
});
const town: GeoPlace = { name: 'Ashford', kind: 'settlement', country: 'RU', admin1: null, lat: null, lon: null };
const at = (start: number, end: number): PlacedMention => ({
  mention: { start, end, text: 'Ashford', place: town, near: false, adjective: false, score: 1 } as PlaceMention,
  role: 'locative',
  clause: 0,
});

describe('distance', () => {
  it.each([
    { name: 'before the group', p: at(2, 6), d: 4 },
    { name: 'after the group', p: at(25, 30), d: 5 },
    { name: 'inside the group', p: at(12, 15), d: 0 },
    { name: 'touching its end', p: at(20, 24), d: 0 },
  ])('$name: $d', ({ p, d }) => {
    expect(distance(group([]), p)).toBe(d);
  });
});

describe('actsOfGroup', () => {
  it('one act per type, the first trigger of each, with all targets once', () => {
    const rally = trigger('protest', []);
    const rallied = trigger('protest', ['protesters']);
    const detained = trigger('arrest', ['protesters', 'journalists']);
    const got = actsOfGroup(group([rally, detained, rallied]));
    expect(got.firstOfType).toEqual([rally, detained]);
    expect(got.targets).toEqual(['protesters', 'journalists']);
  });
});
