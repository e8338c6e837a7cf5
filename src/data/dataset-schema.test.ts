import { describe, expect, it } from 'vitest';
import timelineText from '../../e2e/fixtures/article-format1/timeline.json?raw';
import { EventSchema, PeopleSchema, SentenceLengthSchema, SourceSchema } from './dataset-schema';
import { formatIssues } from './format-issues';

/** Just enough shape to change the raw file. */
interface RawFileShape {
  source: Record<string, unknown>;
  events: Record<string, unknown>[];
}

const REAL = JSON.parse(timelineText) as RawFileShape;

function firstEvent(): Record<string, unknown> {
  const [event] = structuredClone(REAL).events;
  if (!event) throw new Error('the format 1 fixture has no events');
  return event;
}

type Schema = typeof EventSchema | typeof PeopleSchema | typeof SourceSchema;

/** Every problem, as the skipped list and the error state show it; [] when valid. */
function problems(schema: Schema | typeof SentenceLengthSchema, raw: unknown): string[] {
  const result = schema.safeParse(raw);
  return result.success ? [] : formatIssues(result.error);
}

describe('control characters', () => {
  it('a title with U+0007 is refused, naming the field, the character and where it is', () => {
    expect(
      problems(EventSchema, { ...firstEvent(), title: 'Azerbaijan\u0007 releases' }),
    ).toStrictEqual(['title: must not contain control characters (U+0007 at character 10)']);
  });

  it.each([
    ['summary', 'a\u0000b', 'U+0000 at character 1'],
    ['place', '\u001B[31mred', 'U+001B at character 0'],
    ['summary', 'carriage\rreturn', 'U+000D at character 8'],
    ['summary', 'next line\u0085', 'U+0085 at character 9'],
    ['summary', 'delete\u007F', 'U+007F at character 6'],
    ['summary', '😀\u0008', 'U+0008 at character 1'],
  ])('%s %j is refused (%s)', (field, value, where) => {
    expect(problems(EventSchema, { ...firstEvent(), [field]: value })).toStrictEqual([
      `${field}: must not contain control characters (${where})`,
    ]);
  });

  it('a quote, a note, a holder and the source title are checked too', () => {
    const event = firstEvent();
    expect(
      problems(EventSchema, {
        ...event,
        notes: ['\u0001'],
        people: { ...(event.people ?? {}), held_by: 'Azer\u009Fbaijan' },
      }),
    ).toStrictEqual([
      'people.held_by: must not contain control characters (U+009F at character 4)',
      'notes[0]: must not contain control characters (U+0001 at character 0)',
    ]);
    expect(problems(SourceSchema, { ...REAL.source, title: 'x\u0007' })).toStrictEqual([
      'title: must not contain control characters (U+0007 at character 1)',
    ]);
  });

  it('tab and newline stay allowed, as do a lone surrogate and right-to-left marks', () => {
    expect(
      problems(EventSchema, { ...firstEvent(), summary: 'one\ttwo\nthree \uD800 \u202Eabc\u202C' }),
    ).toStrictEqual([]);
  });
});

describe('a count outside its own min and max', () => {
  const people = { qualifier: 'exact', held_by: 'Azerbaijan', nationality: 'Armenian' };

  it.each([
    [{ count: 70, min: 10, max: 60 }, 'people.count: 70 is above its own max 60'],
    [{ count: 5, min: 10, max: 60 }, 'people.count: 5 is below its own min 10'],
    [{ count: 5, min: 10 }, 'people.count: 5 is below its own min 10'],
    [{ count: 70, max: 60 }, 'people.count: 70 is above its own max 60'],
  ])('people %j is refused: %s', (numbers, message) => {
    expect(
      problems(EventSchema, { ...firstEvent(), people: { ...people, ...numbers } }),
    ).toStrictEqual([message]);
  });

  it.each([{ count: 10, min: 10, max: 60 }, { count: 60, min: 10, max: 60 }, { count: 32 }])(
    'people %j is kept',
    (numbers) => {
      expect(problems(PeopleSchema, { ...people, ...numbers })).toStrictEqual([]);
    },
  );

  it('min above max is reported once, not also as a count outside them', () => {
    expect(problems(PeopleSchema, { ...people, count: 65, min: 70, max: 60 })).toStrictEqual([
      'min: min 70 is above max 60',
    ]);
  });

  it('sentence years 8 with max 6 are refused', () => {
    expect(
      problems(SentenceLengthSchema, { years: 8, qualifier: 'up-to', min: 2, max: 6 }),
    ).toStrictEqual(['years: 8 is above its own max 6']);
  });
});

describe('source.url', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.org/a',
    'blob:https://example.org/x',
    'not a url',
  ])('%j is refused: only web addresses', (url) => {
    expect(problems(SourceSchema, { ...REAL.source, url })).toStrictEqual([
      'url: must be an http:// or https:// address',
    ]);
  });

  it.each(['https://example.org/article', 'http://example.org/a?b=c#d', 'HTTPS://EXAMPLE.ORG/'])(
    '%j is kept',
    (url) => {
      expect(problems(SourceSchema, { ...REAL.source, url })).toStrictEqual([]);
    },
  );
});
