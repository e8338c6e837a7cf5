import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../domain/kinds';
import {
  APP_MODES,
  DARK_SETTINGS,
  DEFAULT_VIEW,
  MAX_QUERY,
  parseViewState,
  serializeViewState,
} from './codec';
import type { ViewState } from './codec';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('parseViewState', () => {
  it.each(['', '?', 'garbage', '%%%', '?foo=bar', '?data=&event=', '?&&=&'])(
    'parseViewState(%j) is the default view',
    (search) => {
      expect(parseViewState(search)).toStrictEqual(DEFAULT_VIEW);
    },
  );

  it('parseViewState reads data and event', () => {
    expect(
      parseViewState('?event=release-32-armenian-servicemen&data=other%2Ft.json'),
    ).toStrictEqual({
      ...DEFAULT_VIEW,
      data: 'other/t.json',
      event: 'release-32-armenian-servicemen',
    });
  });

  it('parseViewState reads a search without the leading "?"', () => {
    expect(parseViewState('event=joint-statement')).toStrictEqual({
      ...DEFAULT_VIEW,
      event: 'joint-statement',
    });
  });

  it.each(['Bad_Id', 'UPPER', 'a--b', '-a', 'a-', 'a b', '../x', '<script>'])(
    'parseViewState(?event=%s) rejects an id that is not a slug',
    (id) => {
      const search = `?event=${encodeURIComponent(id)}`;
      expect(parseViewState(search)).toStrictEqual(DEFAULT_VIEW);
    },
  );

  it('parseViewState takes the first of repeated parameters', () => {
    expect(parseViewState('?event=a&event=b').event).toBe('a');
  });

  it('parseViewState decodes "+" in data as a space', () => {
    expect(parseViewState('?data=a+b%26c').data).toBe('a b&c');
  });

  it('parseViewState ignores parameters longer than 2000 characters', () => {
    expect(parseViewState(`?event=${'a'.repeat(2001)}`).event).toBeNull();
    expect(parseViewState(`?data=${'a'.repeat(2001)}`).data).toBeNull();
    expect(parseViewState(`?data=${'a'.repeat(2000)}`).data).toBe('a'.repeat(2000));
  });
});

describe('parseViewState for the filter parameters', () => {
  it.each([
    ['?kind=', { kinds: [] }],
    ['?kind=escape', {}],
    ['?kind=release,capture,release,bogus', { kinds: ['capture', 'release'] }],
    ['?side=Azerbaijan,armenia', { sides: ['armenia'] }],
    ['?side=-holder-2,armenia', { sides: { except: ['armenia', 'holder-2'] } }],
    ['?side=-', {}],
    ['?side=-Bad,%00', {}],
    ['?side=--armenia', {}],
    [
      '?side=azerbaijan,armenia,unknown,none',
      { sides: ['armenia', 'azerbaijan', 'none', 'unknown'] },
    ],
    [
      `?side=${encodeURIComponent('ադրբեջան,азербайджан')}`,
      { sides: ['ադրբեջան', 'азербайджан'].sort() },
    ],
    ['?source=outlet,apa', { sources: ['apa', 'outlet'] }],
    ['?q=hello+world', { q: 'hello world' }],
    ['?from=2023-12-01&to=2023-12-09', { range: [Date.UTC(2023, 11, 1), Date.UTC(2023, 11, 9)] }],
    [
      '?from=2023-12-01T06:30Z&to=2023-12-02',
      { range: [Date.UTC(2023, 11, 1, 6, 30), Date.UTC(2023, 11, 2)] },
    ],
    ['?from=2023-12-09&to=2023-12-01', {}],
    ['?from=2023-02-30&to=2023-12-01', {}],
    ['?from=2023-12-01T06:30Z&to=2023-12-01T24:00Z', {}],
    ['?from=2023-12-01', {}],
    ['?uncertain=hide', { uncertain: false }],
    ['?uncertain=show', {}],
  ])('parseViewState(%j)', (search, changed) => {
    expect(parseViewState(search)).toStrictEqual({ ...DEFAULT_VIEW, ...changed });
  });

  it('parseViewState cuts q to MAX_QUERY characters', () => {
    expect(parseViewState(`?q=${'a'.repeat(250)}`).q).toBe('a'.repeat(200));
  });
});

describe('serializeViewState', () => {
  it('serializeViewState(DEFAULT_VIEW) is ""', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
  });

  it('serializeViewState writes the event alone', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW, event: 'joint-statement' })).toBe(
      '?event=joint-statement',
    );
  });

  it('serializeViewState percent-encodes data', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW, data: 'data/other.json' })).toBe(
      '?data=data%2Fother.json',
    );
    expect(serializeViewState({ ...DEFAULT_VIEW, data: 'ü/é?=#&' })).toBe(
      '?data=%C3%BC%2F%C3%A9%3F%3D%23%26',
    );
  });

  it('serializeViewState puts data before event', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW, data: 'x.json', event: 'a-1' })).toBe(
      '?data=x.json&event=a-1',
    );
  });

  it('serializeViewState writes filters canonically, keeping commas readable', () => {
    expect(
      serializeViewState({
        ...DEFAULT_VIEW,
        data: 'a b&c,d+e',
        event: 'x',
        kinds: ['release', 'capture'],
        sides: ['b', 'a'],
        sources: [],
        q: 'hi there',
        range: [Date.UTC(2023, 11, 1), Date.UTC(2023, 11, 9, 6, 30)],
        uncertain: false,
      }),
    ).toBe(
      '?data=a%20b%26c,d%2Be&kind=capture,release&side=a,b&source=&q=hi%20there&from=2023-12-01&to=2023-12-09T06%3A30Z&uncertain=hide&event=x',
    );
  });
});

/** States the codec can carry: every field as parseViewState would produce it. */
const slugArb = fc.stringMatching(SLUG).filter((s) => s.length <= 60);
const slugListArb = fc.option(
  fc.uniqueArray(slugArb, { maxLength: 5 }).map((list) => [...list].sort()),
);
/** Any Unicode text (no lone surrogates: a URL cannot carry them). */
const textArb = (minLength: number, maxLength: number) =>
  fc.string({ unit: 'binary', minLength, maxLength });
const MIN_MS = Date.parse('0000-01-01T00:00:00.000Z');
const MAX_MS = Date.parse('9999-12-31T23:59:00.000Z');
const minuteArb = fc
  .integer({ min: MIN_MS / 60_000, max: MAX_MS / 60_000 })
  .map((minutes) => minutes * 60_000);
const rangeArb = fc.option(
  fc
    .tuple(minuteArb, minuteArb)
    .filter(([a, b]) => a !== b)
    .map(([a, b]): [number, number] => (a < b ? [a, b] : [b, a])),
);

const viewArb: fc.Arbitrary<ViewState> = fc
  .record({
    data: fc.option(textArb(1, 200)),
    event: fc.option(slugArb),
    kinds: fc.option(fc.subarray([...EVENT_KINDS])),
    sides: fc.oneof(
      slugListArb,
      fc
        .uniqueArray(slugArb, { minLength: 1, maxLength: 5 })
        .map((list) => ({ except: [...list].sort() })),
    ),
    sources: slugListArb,
    citedSources: slugListArb,
    cohorts: slugListArb,
    q: textArb(0, MAX_QUERY).filter((q) => q.length <= MAX_QUERY),
    range: rangeArb,
    uncertain: fc.boolean(),
    disputedOnly: fc.boolean(),
    mode: fc.constantFrom(...APP_MODES),
    step: fc.option(fc.integer({ min: 1, max: 1_000_000 })),
    dark: fc.constantFrom(...DARK_SETTINGS),
    projector: fc.boolean(),
  })
  .map((fields) => ({ ...DEFAULT_VIEW, ...fields }));

describe('parseViewState ∘ serializeViewState', () => {
  it('parseViewState(serializeViewState(s)) equals s for any valid state', () => {
    fc.assert(
      fc.property(viewArb, (state) => {
        expect(parseViewState(serializeViewState(state))).toStrictEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('parseViewState(serializeViewState(s)) keeps data and event, whatever they hold', () => {
    fc.assert(
      fc.property(fc.option(textArb(1, 200)), fc.option(slugArb), (data, event) => {
        const state: ViewState = { ...DEFAULT_VIEW, data, event };
        expect(parseViewState(serializeViewState(state))).toStrictEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('serializeViewState(parseViewState(text)) is stable after one round', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const once = serializeViewState(parseViewState(text));
        expect(serializeViewState(parseViewState(once))).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});

describe('search text at the length limit', () => {
  it('parseViewState cuts q on whole characters, so serializeViewState never throws', () => {
    const view = parseViewState(`?q=${'a'.repeat(199)}%F0%9F%98%80%F0%9F%98%80`);
    expect(view.q).toBe(`${'a'.repeat(199)}😀`);
    expect(() => serializeViewState(view)).not.toThrow();
  });

  it('serializeViewState drops a lone surrogate instead of throwing', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW, q: 'ab\uD83D' })).toBe('?q=ab');
  });
});
