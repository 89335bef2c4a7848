import { describe, expect, it } from 'vitest';
import { folderFrom, registryActorFolder } from './actor-folder.js';

describe('folderFrom', () => {
  const registry: Record<string, string> = {
    RDK: 'Russian Volunteer Corps',
    'Legion Svoboda Rossii': 'Freedom of Russia Legion',
  };
  const fold = folderFrom((n) => registry[n]);
  it.each([
    ['RDK', 'russian volunteer corps'],
    ['Legion Svoboda Rossii', 'freedom of russia legion'],
    ['Unknown Group', 'unknown group'],
  ])('%s → %s', (name, expected) => {
    expect(fold(name)).toBe(expected);
  });
  it('falls back to folding when the canonicaliser throws', () => {
    expect(
      folderFrom(() => {
        throw new Error('boom');
      })('Vesna'),
    ).toBe('vesna');
  });
});

describe('registryActorFolder', () => {
  const fold = registryActorFolder();
  it('is case- and accent-insensitive for names the registry does not know', () => {
    expect(fold('Comité Imaginaire')).toBe(fold('comite imaginaire'));
  });
  it('folds a registry alias onto its canonical name', () => {
    expect(fold('RDK')).toBe(fold('Russian Volunteer Corps'));
  });
});
