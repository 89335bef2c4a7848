import { describe, expect, it } from 'vitest';
import type { GeoPlace } from '../types.js';
import { finestPlaces, type Loc } from './loc.js';

const place = (name: string, kind: GeoPlace['kind'], country: string, admin1: string | null): Loc => ({
  place: { name, kind, country, admin1, lat: null, lon: null },
  near: false,
});
const country = place('Westland', 'country', 'WL', null);
const region = place('North Province', 'region', 'WL', 'WL-N');
const town = place('Ashford', 'settlement', 'WL', 'WL-N');
const otherRegion = place('South Province', 'region', 'WL', 'WL-S');
const foreign = place('Eastland', 'country', 'EL', null);

describe('finestPlaces', () => {
  it.each([
    { name: 'a town drops its region and country', list: [country, region, town], want: [town] },
    { name: 'a region drops its country only', list: [country, otherRegion], want: [otherRegion] },
    { name: 'a town keeps another region', list: [otherRegion, town], want: [otherRegion, town] },
    { name: 'another country stays', list: [foreign, town], want: [foreign, town] },
    { name: 'a repeat is kept once', list: [town, { ...town }], want: [town] },
    { name: 'one place stays', list: [country], want: [country] },
  ])('$name', ({ list, want }) => {
    expect(finestPlaces(list)).toEqual(want);
  });
});
