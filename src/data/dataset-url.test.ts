import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DATASET_PATH,
  MAX_DATA_PARAM,
  datasetLocationOf,
  resolveDatasetUrl,
} from './dataset-url';
import { describeLoadProblem } from './load-error';
import { parseViewState } from '../url-state/codec';

const PAGE = 'http://x.test/app/';

describe('resolveDatasetUrl', () => {
  it('resolveDatasetUrl(null) is the bundled dataset beside the page', () => {
    expect(DEFAULT_DATASET_PATH).toBe('data/timeline.json');
    expect(resolveDatasetUrl(null, PAGE)).toStrictEqual({
      ok: true,
      url: 'http://x.test/app/data/timeline.json',
      isDefault: true,
    });
  });

  it.each(['', '   '])('resolveDatasetUrl(%j) falls back to the bundled dataset', (param) => {
    expect(resolveDatasetUrl(param, PAGE)).toStrictEqual({
      ok: true,
      url: 'http://x.test/app/data/timeline.json',
      isDefault: true,
    });
  });

  it('resolveDatasetUrl(null) resolves against the page, not the site root', () => {
    expect(resolveDatasetUrl(null, 'http://x.test/a/b/index.html?event=x#y')).toStrictEqual({
      ok: true,
      url: 'http://x.test/a/b/data/timeline.json',
      isDefault: true,
    });
  });

  it.each([
    ['other/t.json', 'http://x.test/app/other/t.json'],
    ['/t.json', 'http://x.test/t.json'],
    ['../t.json', 'http://x.test/t.json'],
    ['http://x.test/app/t.json', 'http://x.test/app/t.json'],
    ['http://x.test:80/app/y.json', 'http://x.test/app/y.json'],
  ])('resolveDatasetUrl(%j) is same-origin and allowed', (param, url) => {
    expect(resolveDatasetUrl(param, PAGE)).toStrictEqual({ ok: true, url, isDefault: false });
  });

  it.each([
    ['https://evil.test/t.json', 'https://evil.test/t.json', 'https://evil.test'],
    ['//evil.test/t.json', 'http://evil.test/t.json', 'http://evil.test'],
    ['https://x.test/app/t.json', 'https://x.test/app/t.json', 'https://x.test'],
    ['http://x.test:8080/t.json', 'http://x.test:8080/t.json', 'http://x.test:8080'],
  ])('resolveDatasetUrl(%j) is refused, naming the other origin', (param, url, origin) => {
    expect(resolveDatasetUrl(param, PAGE)).toStrictEqual({ ok: false, url, origin });
  });

  it.each([
    ['javascript:alert(1)', 'a javascript: address'],
    ['data:application/json,{}', 'a data: address'],
  ])('resolveDatasetUrl(%j) is refused, naming the scheme', (param, origin) => {
    expect(resolveDatasetUrl(param, PAGE)).toStrictEqual({ ok: false, url: param, origin });
  });

  it("resolveDatasetUrl('http://[') is refused as unreadable", () => {
    expect(resolveDatasetUrl('http://[', PAGE)).toStrictEqual({
      ok: false,
      url: 'http://[',
      origin: 'an unreadable address',
    });
  });

  it('resolveDatasetUrl accepts another origin only when the build-time allowlist names it', () => {
    expect(
      resolveDatasetUrl('https://data.test/t.json', PAGE, ['https://data.test']),
    ).toStrictEqual({
      ok: true,
      url: 'https://data.test/t.json',
      isDefault: false,
    });
    expect(
      resolveDatasetUrl('https://evil.test/t.json', PAGE, ['https://data.test']),
    ).toStrictEqual({
      ok: false,
      url: 'https://evil.test/t.json',
      origin: 'https://evil.test',
    });
  });

  it('resolveDatasetUrl on a file: page loads a file beside it', () => {
    expect(resolveDatasetUrl('data/x.json', 'file:///home/a/index.html')).toStrictEqual({
      ok: true,
      url: 'file:///home/a/data/x.json',
      isDefault: false,
    });
  });

  it("resolveDatasetUrl('javascript:…') on a file: page is refused", () => {
    expect(resolveDatasetUrl('javascript:alert(1)', 'file:///home/a/index.html')).toStrictEqual({
      ok: false,
      url: 'javascript:alert(1)',
      origin: 'a javascript: address',
    });
  });
});

describe('datasetLocationOf a ?data= longer than the page reads', () => {
  const long = `data/${'a'.repeat(MAX_DATA_PARAM)}.json`;

  it('the URL state drops it, as it drops every over-long parameter', () => {
    expect(parseViewState(`?data=${long}`).data).toBeNull();
  });

  it('is refused by name instead of falling back to the bundled dataset', () => {
    expect(datasetLocationOf(null, `${PAGE}?data=${long}&event=x`)).toStrictEqual({
      ok: false,
      url: `${long.slice(0, 80)}…`,
      length: long.length,
      limit: 2000,
    });
  });

  it('its message names the length and the limit', () => {
    expect(
      describeLoadProblem({ kind: 'data-too-long', url: 'data/aaa…', length: 2010, limit: 2000 }),
    ).toBe(
      'The ?data= address is 2,010 characters long; the limit is 2,000, so no dataset was loaded (it starts data/aaa…).',
    );
  });

  it('a ?data= of exactly the limit is read as usual', () => {
    const fits = `d/${'a'.repeat(MAX_DATA_PARAM - 2)}`;
    expect(datasetLocationOf(fits, `${PAGE}?data=${fits}`)).toStrictEqual({
      ok: true,
      url: `${PAGE}${fits}`,
      isDefault: false,
    });
  });
});

describe('?data=local', () => {
  it('is a file opened in the tab, never an address to fetch', () => {
    expect(datasetLocationOf('local', `${PAGE}?data=local&mode=embed`)).toStrictEqual({
      ok: false,
      url: PAGE,
      local: true,
    });
  });

  it('says to open the file again', () => {
    expect(describeLoadProblem({ kind: 'local-file', url: PAGE })).toMatch(
      /^This view showed a file from your computer; open the file again\./,
    );
  });
});
