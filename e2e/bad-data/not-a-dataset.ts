/** Bodies that are no dataset at all, and envelopes too wrong to draw anything: the app stops. */
import { edited, get, pretty, readBase, readBaseText, set } from './base';
import type { BadCase } from './case';

const realText = readBaseText;
const HTTP_ONLY = 'source.url: must be an http:// or https:// address';

export const NOT_A_DATASET: readonly BadCase[] = [
  {
    name: 'not-json-truncated.json',
    breaks: 'the body is cut off mid-string',
    build: () => realText().slice(0, 400),
    expect: { stops: /fixtures\/bad\/not-json-truncated\.json is not JSON \(SyntaxError: .+\)\.$/ },
  },
  {
    name: 'empty-body.json',
    breaks: 'an empty 200 response',
    build: () => '',
    expect: { stops: 'fixtures/bad/empty-body.json is not JSON (the response is empty).' },
  },
  {
    name: 'html-error-page-200.html',
    breaks: 'an HTML error page served with status 200',
    build: () =>
      '<!doctype html>\n<html><head><title>Server error</title></head><body><h1>500 Internal Server Error</h1><p>nginx</p></body></html>\n',
    expect: {
      stops: /fixtures\/bad\/html-error-page-200\.html is not JSON \(SyntaxError: .*'<'.*\)\.$/,
    },
  },
  {
    name: 'top-level-array.json',
    breaks: 'the dataset wrapped in an array',
    build: () => pretty([readBase()]),
    expect: {
      stops:
        'fixtures/bad/top-level-array.json is not a valid timeline dataset: Invalid input: expected object, received array.',
      details: ['Invalid input: expected object, received array'],
    },
  },
  {
    name: 'top-level-null.json',
    breaks: 'the body is null',
    build: () => pretty(null),
    expect: {
      stops: 'is not a valid timeline dataset: Invalid input: expected object, received null.',
      details: ['Invalid input: expected object, received null'],
    },
  },
  {
    name: 'top-level-string.json',
    breaks: 'the body is a JSON string',
    build: () => pretty('timeline'),
    expect: {
      stops: 'is not a valid timeline dataset: Invalid input: expected object, received string.',
      details: ['Invalid input: expected object, received string'],
    },
  },
  {
    name: 'events-not-array.json',
    breaks: '"events" is an object',
    build: () =>
      edited((d) => {
        d.events = { 0: get(d, ['events', 0]) };
      }),
    expect: {
      stops:
        'is not a valid timeline dataset: events: Invalid input: expected array, received object.',
      details: ['events: Invalid input: expected array, received object'],
    },
  },
  {
    name: 'envelope-fields-invalid.json',
    breaks: 'bad source day and URL, no attributions, an unknown top-level key',
    build: () =>
      edited((d) => {
        set(d, ['source', 'published'], '2023-13-45');
        set(d, ['source', 'url'], 'not a url');
        d.attributions = [];
        d.version = 2;
      }),
    expect: {
      stops: `is not a valid timeline dataset: source.published: Invalid ISO date; ${HTTP_ONLY}; attributions: Too small: expected array to have >=1 items (and 1 more).`,
      details: [
        'source.published: Invalid ISO date',
        HTTP_ONLY,
        'attributions: Too small: expected array to have >=1 items',
        'version: unknown field',
      ],
    },
  },
  {
    name: 'source-url-javascript.json',
    breaks: 'a javascript: source URL',
    build: () =>
      edited((d) => {
        set(d, ['source', 'url'], 'javascript:alert(document.domain)');
      }),
    expect: { stops: `is not a valid timeline dataset: ${HTTP_ONLY}.`, details: [HTTP_ONLY] },
  },
];
