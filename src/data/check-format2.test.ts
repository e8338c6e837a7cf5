import { describe, expect, it } from 'vitest';
// The fictional multi-source fixture, read as text (src/ is typed without Node).
import courierText from '../../e2e/fixtures/multi-source/courier.txt?raw';
import datasetText from '../../e2e/fixtures/multi-source/dataset.json?raw';
import harborText from '../../e2e/fixtures/multi-source/harbor-watch.txt?raw';
import { parseDataset, readFormat } from './parse-dataset';
import type { Dataset, SourceText } from '../domain/types';

/** Just enough shape to break the raw file; values are set to anything, on purpose. */
interface RawClaimShape {
  [key: string]: unknown;
  id?: string;
  source: string;
  attribution: string;
  quote: { exact: string; start?: number; end?: number; prefix?: string };
  date?: string;
}
interface RawFileShape {
  [key: string]: unknown;
  sources: { id: string; text?: string }[];
  events: { id: string; date: string; claims: RawClaimShape[] }[];
  cohorts: {
    id: string;
    events: string[];
    links: { from: string; to: string; basis: string; claim?: string }[];
  }[];
}

const RAW = JSON.parse(datasetText) as RawFileShape;

const loaded = (text: string): SourceText => ({ status: 'loaded', text });
const TEXTS: ReadonlyMap<string, SourceText> = new Map([
  ['courier', loaded(courierText)],
  ['harbor-watch', loaded(harborText)],
]);

function parsed(raw: unknown, texts = TEXTS): Dataset {
  const outcome = parseDataset(raw, texts);
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return outcome.dataset;
}

/** A copy of the fixture after `change`, parsed; the dataset must still load. */
function mutated(change: (file: RawFileShape) => void, texts = TEXTS): Dataset {
  const file = structuredClone(RAW);
  change(file);
  return parsed(file, texts);
}

function refused(change: (file: RawFileShape) => void): readonly string[] {
  const file = structuredClone(RAW);
  change(file);
  const outcome = parseDataset(file, TEXTS);
  if (outcome.ok) throw new Error('expected the file to be refused');
  return outcome.problems;
}

function at<T>(list: readonly T[] | undefined, index: number): T {
  const item = list?.[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

const claim = (file: RawFileShape, event: number, index: number) =>
  at(at(file.events, event).claims, index);

describe('the multi-source fixture, parsed', () => {
  const dataset = parsed(RAW);

  it('loads whole: format 2, four events, one cohort, nothing skipped', () => {
    expect(dataset.format).toBe(2);
    expect(dataset.skipped).toStrictEqual([]);
    expect(dataset.events.map((e) => e.id)).toStrictEqual([
      'capture-korven-pass',
      'sentence-korven-pass',
      'release-korven-pass',
      'held-korven-pass',
    ]);
  });

  it('sourceCount per event is [1, 1, 3, 2]', () => {
    expect(dataset.events.map((e) => e.sourceCount)).toStrictEqual([1, 1, 3, 2]);
  });

  it('disputes: release 12–14 and held 6–8 on the count; capture and sentence agree', () => {
    expect(dataset.events.map((e) => e.dispute)).toStrictEqual([
      null,
      null,
      { count: { low: 12, high: 14, openHigh: false }, date: false },
      { count: { low: 6, high: 8, openHigh: false }, date: false },
    ]);
  });

  it('every event is in the cohort korven-pass-20', () => {
    expect(dataset.events.map((e) => e.cohortIds)).toStrictEqual([
      ['korven-pass-20'],
      ['korven-pass-20'],
      ['korven-pass-20'],
      ['korven-pass-20'],
    ]);
  });

  it('the cohort: its people, its events in order, and each link with the claim it rests on', () => {
    expect(dataset.cohorts).toHaveLength(1);
    const cohort = at(dataset.cohorts, 0);
    expect(cohort.id).toBe('korven-pass-20');
    expect(cohort.people).toStrictEqual({ value: 20, qualifier: 'exact', min: null, max: null });
    expect(cohort.events).toStrictEqual([
      'capture-korven-pass',
      'sentence-korven-pass',
      'release-korven-pass',
      'held-korven-pass',
    ]);
    expect(
      cohort.links.map(({ from, to, basis, claim }) => ({ from, to, basis, claim })),
    ).toStrictEqual([
      {
        from: 'capture-korven-pass',
        to: 'sentence-korven-pass',
        basis: 'quote',
        claim: { eventId: 'sentence-korven-pass', index: 0 },
      },
      {
        from: 'capture-korven-pass',
        to: 'release-korven-pass',
        basis: 'quote',
        claim: { eventId: 'capture-korven-pass', index: 0 },
      },
      {
        from: 'release-korven-pass',
        to: 'held-korven-pass',
        basis: 'quote',
        claim: { eventId: 'held-korven-pass', index: 0 },
      },
      { from: 'sentence-korven-pass', to: 'held-korven-pass', basis: 'inference', claim: null },
    ]);
  });

  it("sources' texts: loaded, loaded, not stored", () => {
    expect(dataset.sources.map((s) => [s.id, s.text.status])).toStrictEqual([
      ['courier', 'loaded'],
      ['harbor-watch', 'loaded'],
      ['ministry', 'not-stored'],
    ]);
  });

  it("the release's claims: each source, who speaks, where the quote stands, what it says", () => {
    const release = at(dataset.events, 2);
    expect(
      release.claims.map((c) => ({
        source: c.sourceId,
        speaker: c.attributionLabel,
        start: c.quote.start,
        end: c.quote.end,
        count: c.people?.value ?? null,
      })),
    ).toStrictEqual([
      {
        source: 'courier',
        speaker: "Belmark's ministry, as reported by the Courier",
        start: 100,
        end: 179,
        count: null,
      },
      // Cited, not stored: nothing to place it in.
      {
        source: 'ministry',
        speaker: 'Ministry of Foreign Affairs of Belmark',
        start: null,
        end: null,
        count: null,
      },
      {
        source: 'harbor-watch',
        speaker: 'Harbor Rights Watch monitors',
        start: 72,
        end: 172,
        count: 14,
      },
    ]);
    // A claim's people that gives no holder takes the event's.
    expect(release.claims[2]?.people?.heldBy).toBe('Belmark');
  });

  it('a quote without offsets is placed by its words', () => {
    const dataset2 = mutated((file) => {
      const { quote } = claim(file, 0, 0);
      delete quote.start;
      delete quote.end;
    });
    const quote = at(at(dataset2.events, 0).claims, 0).quote;
    expect([quote.start, quote.end]).toStrictEqual([180, 253]);
  });
});

/** The one event a mutation is expected to skip, and the others kept. */
function onlySkippedEvent(dataset: Dataset) {
  expect(dataset.events).toHaveLength(3);
  expect(dataset.skipped).toHaveLength(1);
  return at(dataset.skipped, 0);
}

describe('format 2 checks: one bad event is skipped, named and explained', () => {
  it('a claim citing an unknown source', () => {
    const dataset = mutated((file) => {
      claim(file, 0, 0).source = 'gazette';
    });
    expect(onlySkippedEvent(dataset)).toStrictEqual({
      collection: 'events',
      index: 0,
      id: 'capture-korven-pass',
      problems: ['claims[0].source: "gazette" is not an id in "sources"'],
    });
  });

  it('a claim naming an unknown attribution', () => {
    const dataset = mutated((file) => {
      claim(file, 1, 0).attribution = 'nobody';
    });
    expect(onlySkippedEvent(dataset)).toStrictEqual({
      collection: 'events',
      index: 1,
      id: 'sentence-korven-pass',
      problems: ['claims[0].attribution: "nobody" is not an id in "attributions"'],
    });
  });

  it('a quote its source text does not hold (placed by its words)', () => {
    const dataset = mutated((file) => {
      const { quote } = claim(file, 0, 0);
      quote.exact = 'The soldiers were among 21 taken prisoner';
      delete quote.start;
      delete quote.end;
    });
    expect(onlySkippedEvent(dataset).problems).toStrictEqual([
      'claims[0].quote.exact: not found in the source text (whitespace folded) (source "courier")',
    ]);
  });

  it('a quote found twice in its source text', () => {
    const dataset = mutated((file) => {
      claim(file, 0, 0).quote = { exact: 'Port Ellis' };
    });
    expect(onlySkippedEvent(dataset).problems).toStrictEqual([
      'claims[0].quote.exact: found twice in the source text (at characters 163, 381); add a prefix or suffix to say which (source "courier")',
    ]);
  });

  it("a claim's date outside the event's window", () => {
    const dataset = mutated((file) => {
      claim(file, 2, 2).date = '2019-06-01';
    });
    expect(onlySkippedEvent(dataset)).toStrictEqual({
      collection: 'events',
      index: 2,
      id: 'release-korven-pass',
      problems: [
        'claims[2].date: "2019-06-01" is not inside the event\'s date "2019-05-20", which must allow every claim\'s date',
      ],
    });
  });

  it('a claim id already used by a claim of an earlier event', () => {
    const dataset = mutated((file) => {
      claim(file, 2, 0).id = 'courier-among-20';
    });
    expect(onlySkippedEvent(dataset)).toStrictEqual({
      collection: 'events',
      index: 2,
      id: 'release-korven-pass',
      problems: [
        'claims[0].id: "courier-among-20" is already used by a claim of "capture-korven-pass"',
      ],
    });
  });

  it('a claim id used twice within one event', () => {
    const dataset = mutated((file) => {
      claim(file, 3, 1).id = 'courier-eight-remain';
    });
    // The held event is skipped, and the cohort's link to its claim then resolves to nothing.
    expect(onlySkippedEvent(dataset)).toStrictEqual({
      collection: 'events',
      index: 3,
      id: 'held-korven-pass',
      problems: ['claims[1].id: "courier-eight-remain" is already used by claims[0]'],
    });
    expect(at(dataset.cohorts, 0).links[2]?.claim).toBeNull();
  });
});

/** The cohort a mutation is expected to skip; every event is still drawn. */
function skippedCohort(dataset: Dataset) {
  expect(dataset.events).toHaveLength(4);
  expect(dataset.cohorts).toStrictEqual([]);
  expect(dataset.events.map((e) => e.cohortIds)).toStrictEqual([[], [], [], []]);
  expect(dataset.skipped).toHaveLength(1);
  return at(dataset.skipped, 0);
}

describe('format 2 checks: one bad cohort is skipped, the events drawn', () => {
  it('a cohort naming an unknown event', () => {
    const dataset = mutated((file) => {
      at(file.cohorts, 0).events.push('escape-korven-pass');
    });
    expect(skippedCohort(dataset)).toStrictEqual({
      collection: 'cohorts',
      index: 0,
      id: 'korven-pass-20',
      problems: ['events[4]: "escape-korven-pass" is not an event id in this file'],
    });
  });

  it('a link naming an unknown claim', () => {
    const dataset = mutated((file) => {
      at(at(file.cohorts, 0).links, 0).claim = 'courier-sentenced-21';
    });
    expect(skippedCohort(dataset)).toStrictEqual({
      collection: 'cohorts',
      index: 0,
      id: 'korven-pass-20',
      problems: ['links[0].claim: "courier-sentenced-21" is not a claim id in this file'],
    });
  });

  it('a quote link citing the words of an event outside the cohort', () => {
    const dataset = mutated((file) => {
      const cohort = at(file.cohorts, 0);
      // held-korven-pass leaves the cohort, with the links that touch it; one that stays
      // still cites its words ("Eight of them remain").
      cohort.events = cohort.events.filter((id) => id !== 'held-korven-pass');
      cohort.links = cohort.links.filter(
        (l) => l.from !== 'held-korven-pass' && l.to !== 'held-korven-pass',
      );
      at(cohort.links, 0).claim = 'courier-eight-remain';
    });
    expect(skippedCohort(dataset)).toStrictEqual({
      collection: 'cohorts',
      index: 0,
      id: 'korven-pass-20',
      problems: [
        'links[0].claim: "courier-eight-remain" is a claim of "held-korven-pass", which is not one of this cohort\'s events',
      ],
    });
  });

  it('a link from and to events outside the cohort', () => {
    const dataset = mutated((file) => {
      const link = at(at(file.cohorts, 0).links, 3);
      link.from = 'capture-elsewhere';
      link.to = 'release-elsewhere';
    });
    expect(skippedCohort(dataset).problems).toStrictEqual([
      'links[3].from: "capture-elsewhere" is not in this cohort\'s events',
      'links[3].to: "release-elsewhere" is not in this cohort\'s events',
    ]);
  });

  it('a quote link that names no claim', () => {
    const dataset = mutated((file) => {
      delete at(at(file.cohorts, 0).links, 0).claim;
    });
    expect(skippedCohort(dataset).problems).toStrictEqual([
      'links[0].claim: is required when basis is "quote": name the claim that says so',
    ]);
  });
});

describe('format 2 checks: what fails the whole file', () => {
  it('format: 3 is refused by readFormat, and so by parseDataset', () => {
    const message =
      'format: 3 is not a format this app reads: write 2, or leave "format" out for format 1';
    expect(readFormat({ ...RAW, format: 3 })).toBe(message);
    expect(parseDataset({ ...RAW, format: 3 }, TEXTS)).toStrictEqual({
      ok: false,
      problems: [message],
    });
    expect(readFormat({ ...RAW, format: 'two' })).toBe(
      'format: "two" is not a format this app reads: write 2, or leave "format" out for format 1',
    );
    expect(readFormat({ source: {} })).toBe(1);
    expect(readFormat(RAW)).toBe(2);
  });

  it('two sources with one id', () => {
    expect(
      refused((file) => {
        at(file.sources, 1).id = 'courier';
      }),
    ).toStrictEqual(['sources[1].id: "courier" is already used by sources[0]']);
  });
});

describe('a source whose text could not be had', () => {
  const unavailable: SourceText = {
    status: 'unavailable',
    url: 'http://x.test/harbor-watch.txt',
    reason: 'Could not load harbor-watch.txt (HTTP 404).',
  };

  it('keeps every event, its quotes unchecked at the offsets the file gives', () => {
    const dataset = mutated(
      (file) => {
        // A quote the text would refuse: with the text gone, nothing can refuse it.
        claim(file, 3, 1).quote.exact =
          'The remaining ten soldiers captured at Korven Pass are still detained.';
      },
      new Map([
        ['courier', loaded(courierText)],
        ['harbor-watch', unavailable],
      ]),
    );
    expect(dataset.skipped).toStrictEqual([]);
    expect(dataset.events).toHaveLength(4);
    expect(dataset.sources.map((s) => s.text)).toStrictEqual([
      { status: 'loaded', text: courierText },
      unavailable,
      { status: 'not-stored' },
    ]);
    const held = at(dataset.events, 3).claims[1]?.quote;
    expect([held?.exact, held?.start, held?.end]).toStrictEqual([
      'The remaining ten soldiers captured at Korven Pass are still detained.',
      173,
      243,
    ]);
  });

  it('a text not given at all is unavailable, with a reason naming the file', () => {
    const dataset = parsed(RAW, new Map([['courier', loaded(courierText)]]));
    expect(dataset.skipped).toStrictEqual([]);
    expect(at(dataset.sources, 1).text).toStrictEqual({
      status: 'unavailable',
      url: 'harbor-watch.txt',
      reason: 'The text of “Detention update, June 2019” (harbor-watch.txt) was not loaded.',
    });
  });
});
