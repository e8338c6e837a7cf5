// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOCAL_DATA, MAX_DATA_PARAM } from '../data/dataset-url';
import { boot } from './boot';

function bootAt(search: string, systemDark = false): HTMLElement {
  window.history.replaceState(null, '', `/${search}`);
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: systemDark, media: query }));
  boot();
  return document.documentElement;
}

const preloads = () =>
  Array.from(document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]'), (link) => ({
    href: link.href,
    as: link.as,
    crossOrigin: link.crossOrigin,
  }));

afterEach(() => {
  const root = document.documentElement;
  for (const name of ['data-js', 'data-theme', 'data-projector', 'data-prerendered']) {
    root.removeAttribute(name);
  }
  document.head.replaceChildren();
  vi.unstubAllGlobals();
});

describe('boot', () => {
  it('names the prerendered view each address shows', () => {
    expect(bootAt('').getAttribute('data-prerendered')).toBe('full');
    expect(bootAt('?mode=embed').getAttribute('data-prerendered')).toBe('embed');
    expect(bootAt('?mode=embed&kind=release').getAttribute('data-prerendered')).toBe('none');
    expect(bootAt('?kind=release').getAttribute('data-prerendered')).toBe('none');
    expect(bootAt('?mode=present').getAttribute('data-prerendered')).toBe('none');
    expect(bootAt('').hasAttribute('data-js')).toBe(true);
  });

  it('chooses the theme the app will choose', () => {
    expect(bootAt('', true).getAttribute('data-theme')).toBe('dark');
    expect(bootAt('?dark=off', true).getAttribute('data-theme')).toBe('light');
    expect(bootAt('?dark=on', false).getAttribute('data-theme')).toBe('dark');
    expect(bootAt('?dark=nonsense', false).getAttribute('data-theme')).toBe('light');
    expect(bootAt('?theme=projector').hasAttribute('data-projector')).toBe(true);
  });

  it('starts downloading a same-origin ?data= file with the credentials the app asks with', () => {
    bootAt('?data=fixtures%2Fone.json');
    expect(preloads()).toEqual([
      { href: 'http://localhost:3000/fixtures/one.json', as: 'fetch', crossOrigin: 'anonymous' },
    ]);
  });

  it('leaves alone what the app refuses or reads elsewhere', () => {
    bootAt('?data=https%3A%2F%2Fexample.org%2Ftimeline.json');
    bootAt(`?data=${LOCAL_DATA}`);
    bootAt(`?data=${'a'.repeat(MAX_DATA_PARAM + 1)}`);
    bootAt('?data=%20');
    expect(preloads()).toEqual([]);
  });

  it('uses the limits the app uses', () => {
    // boot.ts inlines these (it runs before any module): a change to either must reach it.
    expect([LOCAL_DATA, MAX_DATA_PARAM]).toEqual(['local', 2000]);
  });
});
