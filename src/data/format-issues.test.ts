import { describe, expect, it } from 'vitest';
import timelineText from '../../e2e/fixtures/article-format1/timeline.json?raw';
import { DatasetEnvelopeSchema, EventSchema } from './dataset-schema';
import { formatIssues, formatPath } from './format-issues';

const MIB = 1024 * 1024;

/** Just enough shape to add keys to the raw file. */
interface RawFileShape {
  [key: string]: unknown;
  events: { [key: string]: unknown; people: Record<string, unknown> }[];
}

function realFile(): RawFileShape {
  return JSON.parse(timelineText) as RawFileShape;
}

function firstEvent(): RawFileShape['events'][number] {
  const [event] = realFile().events;
  if (!event) throw new Error('the format 1 fixture has no events');
  return event;
}

function issuesOf(schema: typeof EventSchema | typeof DatasetEnvelopeSchema, raw: unknown) {
  const result = schema.safeParse(raw);
  if (result.success) throw new Error('expected the input to be refused');
  return formatIssues(result.error);
}

describe('long key names are cut, never echoed whole', () => {
  it('formatIssues on an event with a 1 MiB key gives one short message', () => {
    const problems = issuesOf(EventSchema, { ...firstEvent(), ['k'.repeat(MIB)]: 1 });
    expect(problems).toStrictEqual([
      `["${'k'.repeat(64)}…"]: unknown field (a name 1048576 characters long)`,
    ]);
  });

  it('formatIssues on a file with a 1 MiB top-level key gives one short message', () => {
    const problems = issuesOf(DatasetEnvelopeSchema, { ...realFile(), ['é'.repeat(MIB)]: 1 });
    expect(problems).toStrictEqual([
      `["${'é'.repeat(64)}…"]: unknown field (a name 1048576 characters long)`,
    ]);
  });

  it('formatPath cuts a long key before a surrogate pair, not inside it', () => {
    expect(formatPath(['events', 0, `${'a'.repeat(63)}😀${'b'.repeat(10)}`])).toBe(
      `events[0]["${'a'.repeat(63)}…"]`,
    );
  });

  it('formatPath keeps a 64-character key whole, after a dot', () => {
    expect(formatPath(['people', 'n'.repeat(64)])).toBe(`people.${'n'.repeat(64)}`);
  });

  it('formatIssues names ten unknown keys of one object and counts the rest', () => {
    const extra = Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`x${i}`, i]));
    expect(issuesOf(EventSchema, { ...firstEvent(), ...extra })).toStrictEqual([
      ...Array.from({ length: 10 }, (_, i) => `x${i}: unknown field`),
      '3 more unknown fields',
    ]);
  });

  it('formatIssues counts the rest under the path of their object', () => {
    const extra = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`y${i}`, i]));
    const event = firstEvent();
    event.people = { ...event.people, ...extra };
    expect(issuesOf(EventSchema, event).at(-1)).toBe('people: 1 more unknown field');
  });
});
