/** Hostile shapes and characters, and markup in every text field: shown as text, never run. */
import { baseNumber, baseString, edited, get, mutate, num, readArticle, set, str } from './base';
import type { BadCase } from './case';
import { EDTF_HINT, SLUG, skip } from './case';

/** How deep `deep-nesting.json` nests an array and an object. */
const DEPTH = 10_000;

/** One payload per field, each naming its field so a test can find it rendered as text. */
export function payload(field: string): string {
  return `<img src=x onerror=__pwned=1><script>__pwned=2</script>${field}`;
}

/** Appended to the real article for `html-payloads`: quotes must stand verbatim in it. */
export const PAYLOAD_PARAGRAPH =
  '<script>window.__pwned="article"</script><iframe src="javascript:parent.__pwned=1"></iframe><svg onload="window.__pwned=2"> said the markup.';

export const ZWSP = '\u200B';
export const RLO = '\u202E';
export const PDF = '\u202C';

/** The title `zero-width-and-rtl.json` gives event 9. */
export const RTL_TITLE = `${RLO}Azerbaijan releases 32${PDF} — أذربيجان — אזרבייג'ן`;

const payloadArticle = () => `${readArticle()}\n\n${PAYLOAD_PARAGRAPH}`;

export const HOSTILE: readonly BadCase[] = [
  {
    name: 'deep-nesting.json',
    breaks: 'notes nested 10,000 arrays deep, people nested 10,000 objects deep',
    // Written as text: JSON.stringify recurses and would overflow the stack at this depth.
    // Compact: indenting 10,000 levels would cost 100 MB of spaces.
    build: () =>
      `${JSON.stringify(
        mutate((d) => {
          set(d, ['events', 0, 'notes'], ['DEEP_ARRAY']);
          set(d, ['events', 1, 'people'], 'DEEP_OBJECT');
        }),
      )
        .replace('"DEEP_ARRAY"', `${'['.repeat(DEPTH)}"deep"${']'.repeat(DEPTH)}`)
        .replace('"DEEP_OBJECT"', `${'{"count":'.repeat(DEPTH)}6${'}'.repeat(DEPTH)}`)}\n`,
    expect: {
      skips: [
        skip(0, 'notes[0]: Invalid input: expected string, received array'),
        skip(
          1,
          'people.count: Invalid input: expected number, received object',
          'people.qualifier: is required',
          'people.held_by: is required',
          'people.nationality: is required',
        ),
      ],
    },
  },
  {
    name: 'proto-keys.json',
    breaks: '"__proto__" and "constructor" keys (prototype pollution)',
    build: () =>
      edited((d) => {
        set(d, ['events', 0, '__proto__'], { polluted: 'yes' });
        set(d, ['events', 1, 'people', 'constructor'], { prototype: { polluted: 'yes' } });
      }),
    expect: {
      skips: [skip(0, '__proto__: unknown field'), skip(1, 'people.constructor: unknown field')],
    },
  },
  {
    name: 'zero-width-and-rtl.json',
    breaks:
      'zero-width spaces in an id and a quote; right-to-left, Arabic, Hebrew and a lone surrogate in text',
    build: () =>
      edited((d) => {
        // A zero-width space inside an id, and inside a quote (no longer verbatim).
        set(d, ['events', 0, 'id'], `capture-near${ZWSP}-hadrut`);
        const quote = ['events', 1, 'quotes', 0, 'text'];
        set(d, quote, str(d, quote).replace('border', `bor${ZWSP}der`));
        set(d, ['events', 1, 'quotes', 0, 'end'], num(d, ['events', 1, 'quotes', 0, 'end']) + 1);
        // Right-to-left override, Arabic and Hebrew, a lone surrogate: valid text, drawn as is.
        set(d, ['events', 9, 'title'], RTL_TITLE);
        set(d, ['events', 10, 'place'], `\uD800 lone surrogate`);
      }),
    expect: {
      skips: [
        { index: 0, id: `capture-near${ZWSP}-hadrut`, problems: [`id: ${SLUG}`] },
        skip(
          1,
          `quotes[0].text: not found verbatim at characters ${baseNumber(1, 'quotes', 0, 'start')}–${baseNumber(1, 'quotes', 0, 'end') + 1}, and the text does not occur anywhere in the article`,
        ),
      ],
    },
  },
  {
    name: 'invisible-title.json',
    breaks: 'a title of zero-width characters only',
    build: () =>
      edited((d) => {
        // Only zero-width characters: String.trim keeps them, so "must not be empty" passes.
        set(d, ['events', 9, 'title'], `${ZWSP}\u200C\u200D\u2060`);
      }),
  },
  {
    name: 'control-characters.json',
    breaks: 'a bell (U+0007) in a title, an escape (U+001B) in a summary; tab and newline kept',
    build: () =>
      edited((d) => {
        // A bell in a title made the SVG export invalid XML; an escape sequence in a summary.
        set(d, ['events', 9, 'title'], `${str(d, ['events', 9, 'title'])}\u0007`);
        set(d, ['events', 2, 'summary'], `\u001B[31m${str(d, ['events', 2, 'summary'])}`);
        // Tab and newline are text, and stay allowed.
        set(d, ['events', 3, 'summary'], `${str(d, ['events', 3, 'summary'])}\n\tend`);
      }),
    expect: {
      skips: [
        skip(2, 'summary: must not contain control characters (U+001B at character 0)'),
        skip(
          9,
          `title: must not contain control characters (U+0007 at character ${Array.from(baseString(9, 'title')).length})`,
        ),
      ],
    },
  },
  {
    name: 'html-payloads.article.txt',
    breaks: 'the article html-payloads.json quotes: the real one and a paragraph of markup',
    build: payloadArticle,
  },
  {
    name: 'html-payloads.json',
    breaks: 'markup and script in every text field, the id, the date and a key',
    build: () =>
      edited((d) => {
        const start = Array.from(`${readArticle()}\n\n`).length;
        set(d, ['source', 'article'], 'html-payloads.article.txt');
        for (const field of ['title', 'publisher', 'section']) {
          set(d, ['source', field], payload(`source.${field}`));
        }
        const attributions = get(d, ['attributions']);
        if (!Array.isArray(attributions)) throw new Error('attributions is not an array');
        attributions.forEach((_, i) => {
          set(d, ['attributions', i, 'label'], payload(`attributions[${i}].label`));
          set(d, ['attributions', i, 'description'], payload(`attributions[${i}].description`));
        });
        const target = ['events', 9];
        for (const field of ['title', 'summary', 'place']) {
          set(d, [...target, field], payload(field));
        }
        set(d, [...target, 'notes'], [payload('notes[0]')]);
        set(d, [...target, 'people', 'held_by'], payload('people.held_by'));
        set(d, [...target, 'people', 'nationality'], payload('people.nationality'));
        set(d, [...target, 'quotes', 0], {
          text: PAYLOAD_PARAGRAPH,
          start,
          end: start + Array.from(PAYLOAD_PARAGRAPH).length,
          attribution: 'outlet',
        });
        // Fields that cannot hold markup echo it back in the skipped list, still as text.
        set(d, ['events', 0, 'id'], '<img src=x onerror="window.__pwned=\'id\'">');
        set(d, ['events', 1, 'date'], '<script>window.__pwned="date"</script>');
        set(d, ['events', 2, '<b onmouseover="window.__pwned=1">key</b>'], 'x');
      }),
    expect: {
      skips: [
        { index: 0, id: '<img src=x onerror="window.__pwned=\'id\'">', problems: [`id: ${SLUG}`] },
        skip(1, `date: "<script>window.__pwned="date"</script>" ${EDTF_HINT}`),
        skip(2, '["<b onmouseover=\\"window.__pwned=1\\">key</b>"]: unknown field'),
      ],
    },
  },
];
