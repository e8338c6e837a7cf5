import { describe, expect, it } from 'vitest';
import { parseDataOrigins } from './data-origins';

describe('parseDataOrigins', () => {
  it('keeps the origin of each entry, comma- or space-separated, once', () => {
    expect(
      parseDataOrigins(' https://a.test/path, https://b.test:8443\thttp://c.test,https://a.test '),
    ).toStrictEqual(['https://a.test', 'https://b.test:8443', 'http://c.test']);
  });

  it('is empty when the variable is unset or blank', () => {
    expect(parseDataOrigins(undefined)).toStrictEqual([]);
    expect(parseDataOrigins(' , ')).toStrictEqual([]);
  });

  it.each([
    ['nope', 'https://a.test nope'],
    ['data.example.org', 'data.example.org'],
    ['ftp://files.test', 'https://a.test,ftp://files.test'],
    ['mailto:someone@a.test', 'mailto:someone@a.test'],
  ])('refuses %j, naming it', (entry, raw) => {
    expect(() => parseDataOrigins(raw)).toThrow(
      `VITE_DATA_ORIGINS: "${entry}" is not an origin; write one such as https://data.example.org`,
    );
  });
});
