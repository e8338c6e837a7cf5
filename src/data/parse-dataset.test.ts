import { describe, expect, it } from 'vitest';
// The article's format 1 dataset, kept as a fixture, read as text (src/ is typed without Node).
import articleText from '../../e2e/fixtures/article-format1/article.txt?raw';
import timelineText from '../../e2e/fixtures/article-format1/timeline.json?raw';
import { formatPath } from './format-issues';
import { parseDataset } from './parse-dataset';
import type { Dataset, SkippedEvent } from '../domain/types';

/** Just enough shape to mutate the raw file; values are set to anything, on purpose. */
interface RawQuoteShape {
  text: string;
  start: number;
  end: number;
  attribution: string;
}
interface RawEventShape {
  [key: string]: unknown;
  id: string;
  people?: Record<string, unknown>;
  quotes: RawQuoteShape[];
}
interface RawFileShape {
  [key: string]: unknown;
  source: Record<string, unknown>;
  events: RawEventShape[];
}

const REAL = JSON.parse(timelineText) as RawFileShape;
const EXAMPLES = '"2020-12", "2023-12-08", "2020-12?", "2020-12/2023-12" or "../2023-12-08"';

function eventAt(file: RawFileShape, index: number): RawEventShape {
  const event = file.events[index];
  if (!event) throw new Error(`no event #${index}`);
  return event;
}

function quoteAt(event: RawEventShape, index: number): RawQuoteShape {
  const quote = event.quotes[index];
  if (!quote) throw new Error(`no quote #${index}`);
  return quote;
}

function datasetOf(raw: unknown, article = articleText): Dataset {
  const outcome = parseDataset(raw, article);
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return outcome.dataset;
}

/** Parses a copy of the real file after `change`; the dataset must still load. */
function mutated(change: (file: RawFileShape) => void): Dataset {
  const file = structuredClone(REAL);
  change(file);
  return datasetOf(file);
}

/** The one skipped event a mutation is expected to cause. */
function onlySkipped(dataset: Dataset): SkippedEvent {
  expect(dataset.skipped).toHaveLength(1);
  expect(dataset.events).toHaveLength(10);
  const [skip] = dataset.skipped;
  if (!skip) throw new Error('nothing skipped');
  return skip;
}

describe('parseDataset on the real files', () => {
  const dataset = datasetOf(REAL);

  it('parseDataset(real) keeps all 11 events and skips none', () => {
    expect(dataset.events).toHaveLength(11);
    expect(dataset.skipped).toStrictEqual([]);
    expect(dataset.sources.map((source) => source.text)).toStrictEqual([
      { status: 'loaded', text: articleText },
    ]);
  });

  it('parseDataset(real) sorts by latest possible instant, then earliest, lane and id', () => {
    expect(dataset.events.map((e) => e.id)).toStrictEqual([
      'capture-near-hadrut-2020-12',
      'arrest-at-border-six',
      'capture-hin-tagher-khtsaberd-64',
      'sentence-border-six',
      'sentence-reservists-up-to-six-years',
      'release-some-reservists',
      'joint-statement',
      'held-armenians-55-rights-activists',
      'held-reservists-26',
      'release-2-azerbaijani-servicemen',
      'release-32-armenian-servicemen',
    ]);
  });

  it('parseDataset(real) copies the source, with absent optional fields as null', () => {
    const [source] = dataset.sources;
    expect(
      source && { ...source, publishedWindow: source.publishedWindow.edtf, text: null },
    ).toStrictEqual({
      id: 'article',
      title: 'Azerbaijan Releases 32 Armenian Soldiers',
      publisher: 'Western Armenia',
      section: 'Politics',
      published: '2023-12-08',
      publishedWindow: '2023-12-08',
      url: null,
      language: null,
      type: 'other',
      text: null,
    });
    expect([dataset.format, dataset.title, dataset.derived]).toStrictEqual([
      1,
      'Azerbaijan Releases 32 Armenian Soldiers',
      '2026-11-28',
    ]);
    expect(dataset.attributions.map((a) => a.id)).toStrictEqual([
      'joint-statement',
      'apa',
      'rights-activists',
      'outlet',
    ]);
  });

  it('parseDataset(real): every quote is the article at its code-point offsets', () => {
    const chars = Array.from(articleText);
    const quotes = dataset.events.flatMap((e) => e.claims.map((c) => c.quote));
    expect(quotes).toHaveLength(22);
    for (const quote of quotes) {
      expect(chars.slice(quote.start ?? -1, quote.end ?? -1).join('')).toBe(quote.exact);
    }
  });

  it('parseDataset(real) normalises people, sentence length and attribution labels', () => {
    const sentence = dataset.events.find((e) => e.id === 'sentence-reservists-up-to-six-years');
    expect(sentence?.people).toStrictEqual({
      value: 26,
      qualifier: 'exact',
      min: null,
      max: null,
      heldBy: 'Azerbaijan',
      nationality: 'Armenian',
    });
    expect(sentence?.sentenceLength).toStrictEqual({
      value: 6,
      qualifier: 'up-to',
      min: null,
      max: null,
    });
    expect(sentence?.place).toBeNull();
    expect(sentence?.notes).toStrictEqual([]);
    expect(sentence?.claims[0]?.attributionLabel).toBe(
      'Western Armenia (the outlet’s own reporting)',
    );
  });

  it('parseDataset(real): a statement without people loads with people null', () => {
    const statement = dataset.events.find((e) => e.id === 'joint-statement');
    expect(statement?.kind).toBe('statement');
    expect(statement?.people).toBeNull();
  });
});

const FIRST = 'capture-near-hadrut-2020-12';
const SECOND = 'arrest-at-border-six';

function withPeople(index: number, people: Record<string, unknown>) {
  return onEvent(index, (event) => {
    event.people = { ...event.people, ...people };
  });
}

function onEvent(index: number, change: (event: RawEventShape) => void) {
  return (file: RawFileShape) => {
    change(eventAt(file, index));
  };
}

/** A change to the first event's first quote. */
function onQuote(change: (quote: RawQuoteShape) => void) {
  return onEvent(0, (event) => {
    change(quoteAt(event, 0));
  });
}

describe('parseDataset with one event broken', () => {
  // [the event broken, its id, exactly what is said about it, the change to the real file]
  it.each<[number, string, string, (file: RawFileShape) => void]>([
    [
      0,
      FIRST,
      'quotes[0].text: not found verbatim at characters 413–590, and the text does not occur anywhere in the article',
      onQuote((quote) => {
        quote.text = quote.text.replace('According', 'Accordinq');
      }),
    ],
    [
      0,
      FIRST,
      'quotes[0].end: 5000 is past the end of the article (2161 characters)',
      onQuote((quote) => {
        quote.start = 5000 - 177;
        quote.end = 5000;
      }),
    ],
    [
      0,
      FIRST,
      'quotes[0].end: end − start is 178 but the quote is 177 characters long',
      onQuote((quote) => (quote.end += 1)),
    ],
    [
      0,
      FIRST,
      `date: "2020-13" is not a valid EDTF date; use e.g. ${EXAMPLES}`,
      onEvent(0, (event) => (event.date = '2020-13')),
    ],
    // The second of two events with one id.
    [
      3,
      SECOND,
      'id: "arrest-at-border-six" is already used by event #1',
      onEvent(3, (event) => (event.id = SECOND)),
    ],
    [
      0,
      FIRST,
      'quotes[0].attribution: "tass" is not an id in "attributions"',
      onQuote((quote) => (quote.attribution = 'tass')),
    ],
    [
      1,
      SECOND,
      'people.count: must be null when qualifier is "some" (the article gives no number)',
      withPeople(1, { qualifier: 'some' }),
    ],
    [
      1,
      SECOND,
      'people.count: is null but qualifier "exact" needs a number',
      withPeople(1, { count: null }),
    ],
    [1, SECOND, 'people.count: must not be negative', withPeople(1, { count: -1 })],
    [1, SECOND, 'people.count: must be a whole number', withPeople(1, { count: 6.5 })],
    [1, SECOND, 'people.min: min 10 is above max 2', withPeople(1, { min: 10, max: 2 })],
    [1, SECOND, 'kind: is required', onEvent(1, (event) => delete event.kind)],
    [1, SECOND, 'note: unknown field', onEvent(1, (event) => (event.note = 'a stray field'))],
    [
      1,
      SECOND,
      'people: is required for kind "capture"',
      onEvent(1, (event) => delete event.people),
    ],
    [
      0,
      FIRST,
      'sentence_length: belongs only to kind "sentence", not "capture"',
      onEvent(0, (event) => (event.sentence_length = { years: 1, qualifier: 'exact' })),
    ],
  ])('parseDataset skips event #%i (%s): %s', (index, id, problem, change) => {
    expect(onlySkipped(mutated(change))).toStrictEqual({
      collection: 'events',
      index,
      id,
      problems: [problem],
    });
  });

  it('parseDataset says where a quote at the wrong offsets really stands', () => {
    const skip = onlySkipped(
      mutated((file) => {
        const quote = quoteAt(eventAt(file, 0), 0);
        quote.start += 1;
        quote.end += 1;
      }),
    );
    expect(skip.problems).toHaveLength(1);
    expect(skip.problems[0]).toMatch(
      /^quotes\[0\]\.text: not found verbatim at characters 414–591/,
    );
    expect(skip.problems[0]).toContain('the text stands at 413');
  });

  it("parseDataset skips the string count '6'", () => {
    const skip = onlySkipped(mutated(withPeople(1, { count: '6' })));
    expect(skip.index).toBe(1);
    expect(skip.problems).toHaveLength(1);
    expect(skip.problems[0]).toMatch(/^people\.count: /);
  });

  it("parseDataset skips the unknown kind 'escape'", () => {
    const skip = onlySkipped(mutated(onEvent(1, (event) => (event.kind = 'escape'))));
    expect(skip.problems).toHaveLength(1);
    expect(skip.problems[0]).toMatch(/^kind: /);
    expect(skip.problems[0]).toContain('Invalid option');
    expect(skip.problems[0]).toContain('"capture"|"sentence"|"release"|"status"|"statement"');
  });

  it('parseDataset keeps a statement that has no people', () => {
    const dataset = mutated((file) => {
      const event = eventAt(file, 1);
      event.kind = 'statement';
      delete event.people;
    });
    expect(dataset.skipped).toStrictEqual([]);
    expect(dataset.events).toHaveLength(11);
    const event = dataset.events.find((e) => e.id === SECOND);
    expect(event?.kind).toBe('statement');
    expect(event?.people).toBeNull();
  });

  it('parseDataset skips an event that is not an object, with no id', () => {
    const dataset = mutated((file) => {
      file.events[0] = 5 as unknown as RawEventShape;
    });
    const skip = onlySkipped(dataset);
    expect(skip.index).toBe(0);
    expect(skip.id).toBeNull();
    expect(skip.problems).toHaveLength(1);
    expect(skip.problems[0]).toContain('expected object');
  });

  it('parseDataset reports every problem of one event, each with its path', () => {
    const dataset = mutated((file) => {
      file.events[0] = { id: 'Bad Id' } as unknown as RawEventShape;
    });
    const skip = onlySkipped(dataset);
    expect(skip.id).toBe('Bad Id');
    expect(skip.problems[0]).toBe('id: must be a lowercase slug such as "release-32-servicemen"');
    expect(skip.problems.map((p) => p.slice(0, p.indexOf(':')))).toStrictEqual([
      'id',
      'kind',
      'date',
      'title',
      'summary',
      'quotes',
    ]);
  });
});

/** The real file's first event alone, with one quote, against `article`. */
function oneQuote(article: string, quote: RawQuoteShape): Dataset {
  const file = structuredClone(REAL);
  const first = eventAt(file, 0);
  first.quotes = [quote];
  file.events = [first];
  return datasetOf(file, article);
}

describe('parseDataset counts quotes in code points', () => {
  it('parseDataset accepts offsets counted past an astral character', () => {
    const quote = { text: 'hello', start: 2, end: 7, attribution: 'apa' };
    const dataset = oneQuote('😀 hello world', quote);
    expect(dataset.skipped).toStrictEqual([]);
    expect(dataset.events.map((e) => e.claims[0]?.quote.start)).toStrictEqual([2]);
  });

  it('parseDataset refuses UTF-16 offsets past an astral character', () => {
    const quote = { text: 'hello', start: 3, end: 8, attribution: 'apa' };
    const dataset = oneQuote('😀 hello world', quote);
    expect(dataset.events).toStrictEqual([]);
    expect(dataset.skipped).toHaveLength(1);
    expect(dataset.skipped[0]?.problems[0]).toMatch(
      /^quotes\[0\]\.text: not found verbatim at characters 3–8/,
    );
  });
});

/** Why a copy of the real file after `change` is refused as a whole. */
function refusal(change: (file: RawFileShape) => unknown): readonly string[] {
  const file = structuredClone(REAL);
  change(file);
  const outcome = parseDataset(file, articleText);
  if (outcome.ok) throw new Error('the file was accepted');
  return outcome.problems;
}

describe('parseDataset with a broken envelope', () => {
  it.each([
    ['an array', [], 'array'],
    ['a string', 'timeline', 'string'],
    ['null', null, 'null'],
    ['a number', 42, 'number'],
  ])('parseDataset(%s) is not ok', (_name, raw, received) => {
    const outcome = parseDataset(raw, articleText);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toHaveLength(1);
    expect(outcome.problems[0]).toContain('expected object');
    expect(outcome.problems[0]).toContain(received);
  });

  it('parseDataset(file without source) names the path source', () => {
    expect(refusal((file) => Reflect.deleteProperty(file, 'source'))).toStrictEqual([
      'source: is required',
    ]);
  });

  it('parseDataset(file with a bad published day) names source.published', () => {
    const problems = refusal((file) => (file.source.published = '2023-13-01'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^source\.published: /);
  });

  it('parseDataset(file with an extra top-level key) is not ok', () => {
    expect(refusal((file) => (file.extra = 1))).toStrictEqual(['extra: unknown field']);
  });
});

describe('formatPath', () => {
  it.each([
    [['events', 3, 'quotes', 0, 'end'], 'events[3].quotes[0].end'],
    [['people', 'count'], 'people.count'],
    [[0, 'id'], '[0].id'],
    [[], ''],
  ])('formatPath(%j) is %j', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

/** What is said of a quote "needle" at [start, end) of `article`. */
function needleProblems(article: string, start: number, end: number) {
  const quote = { text: 'needle', start, end, attribution: 'apa' };
  return oneQuote(article, quote).skipped[0]?.problems;
}

describe('parseDataset looks for a misplaced quote only near its offsets', () => {
  // 30,000 characters of filler either side of the quote: farther than the search reaches.
  const pad = 'x'.repeat(30_000);
  const article = `${pad}needle${pad}`;

  it('a quote a few characters off is found, and its real place named', () => {
    expect(needleProblems(article, 29_990, 29_996)).toStrictEqual([
      'quotes[0].text: not found verbatim at characters 29990–29996; the text stands at 30000',
    ]);
  });

  it('a quote past the search reach is reported as not near its offsets, without a whole-article scan', () => {
    expect(needleProblems(article, 5, 11)).toStrictEqual([
      'quotes[0].text: not found verbatim at characters 5–11, and the text does not occur within 10,000 characters of there',
    ]);
  });

  it('near an astral character the real place is counted in code points', () => {
    expect(needleProblems(`😀😀 ${pad}needle`, 30_000, 30_006)).toStrictEqual([
      'quotes[0].text: not found verbatim at characters 30000–30006; the text stands at 30003',
    ]);
  });

  it('an article within reach of the quote is searched whole, and said so', () => {
    expect(needleProblems('a short article', 0, 6)).toStrictEqual([
      'quotes[0].text: not found verbatim at characters 0–6, and the text does not occur anywhere in the article',
    ]);
  });
});

describe('parseDataset without the article', () => {
  const missing = {
    status: 'unavailable',
    url: 'http://x.test/article.txt',
    reason:
      'Could not load the source text http://x.test/article.txt that the quotes point into (HTTP 404).',
  } as const;

  it('keeps every event and every quote as given, and carries why the article is missing', () => {
    const outcome = parseDataset(REAL, new Map([['article', missing]]));
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    expect(outcome.dataset.events).toHaveLength(11);
    expect(outcome.dataset.skipped).toStrictEqual([]);
    expect(outcome.dataset.sources[0]?.text).toStrictEqual(missing);
    expect(outcome.dataset.events.flatMap((e) => e.claims).length).toBe(
      REAL.events.flatMap((e) => e.quotes).length,
    );
  });

  it('still skips an event for what is wrong in the file itself', () => {
    const file = structuredClone(REAL);
    const first = eventAt(file, 0);
    first.quotes = [{ text: 'anything', start: 0, end: 8, attribution: 'nobody' }];
    const outcome = parseDataset(file, new Map([['article', missing]]));
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    expect(outcome.dataset.skipped.map((s) => s.problems)).toStrictEqual([
      ['quotes[0].attribution: "nobody" is not an id in "attributions"'],
    ]);
  });
});
