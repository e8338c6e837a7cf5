import { describe, expect, it } from 'vitest';
import { SIDE_SLUG, sideLabel, sideOf, slugify } from './side';
import type { People, TimelineEvent } from './types';

function heldBy(holder: string | null): TimelineEvent {
  const people: People | null =
    holder === null
      ? null
      : { value: 1, qualifier: 'exact', min: null, max: null, heldBy: holder, nationality: 'x' };
  return {
    id: 'e',
    kind: 'capture',
    window: {
      edtf: '2023-12-08',
      start: null,
      end: null,
      isInterval: false,
      uncertain: false,
      approximate: false,
    },
    title: 't',
    summary: 's',
    people,
    sentenceLength: null,
    place: null,
    claims: [],
    notes: [],
    sourceCount: 0,
    dispute: null,
    cohortIds: [],
    key: false,
  };
}

describe('slugify', () => {
  it.each([
    ['Azerbaijan', 'azerbaijan'],
    ['Azerbaïjan', 'azerbaijan'],
    ['  AZERBAIJAN ', 'azerbaijan'],
    ['Republic of\u00a0 Armenia', 'republic-of-armenia'],
    ['Азербайджан', 'азербайджан'],
    ['АЗЕРБАЙДЖАН', 'азербайджан'],
    ['Ադրբեջան', 'ադրբեջան'],
    ['ԱԴՐԲԵՋԱՆ', 'ադրբեջան'],
    ['Straße', 'strasse'],
    ['ＡＺＥＲＢＡＩＪＡＮ', 'azerbaijan'],
    ['Ελλάδα', 'ελλάδα'],
    ['भारत', 'भारत'],
    ['—', ''],
  ])('slugify(%j) is %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

describe('sideOf', () => {
  it.each([
    [null, 'none'],
    ['Azerbaijan', 'azerbaijan'],
    ['Armenia', 'armenia'],
    ['unknown', 'unknown'],
    ['Unknown', 'unknown'],
    ['None', 'unknown'],
    ['', 'unknown'],
    ['?', 'unknown'],
    ['Азербайджан', 'азербайджан'],
    ['Ադրբեջան', 'ադրբեջան'],
  ])('sideOf(held by %j) is %j', (holder, side) => {
    expect(sideOf(heldBy(holder))).toBe(side);
  });

  it('keeps "No detainees" for statements alone, and never files a holder there', () => {
    expect(sideLabel(sideOf(heldBy(null)), null)).toBe('No detainees (statements)');
    expect(sideLabel(sideOf(heldBy('None')), 'None')).toBe('Holder not given');
    expect(sideLabel(sideOf(heldBy('Азербайджан')), 'Азербайджан')).toBe('Held by Азербайджан');
  });
});

describe('SIDE_SLUG', () => {
  it('accepts every slug slugify makes, and the fixed sides', () => {
    for (const slug of ['azerbaijan', 'armenia', 'unknown', 'none', 'азербайджан', 'ադրբեջան'])
      expect(SIDE_SLUG.test(slug)).toBe(true);
    for (const slug of ['', 'Azerbaijan', '-x', 'x-', 'a b', '..', '%00', 'a,b'])
      expect(SIDE_SLUG.test(slug)).toBe(false);
  });
});
