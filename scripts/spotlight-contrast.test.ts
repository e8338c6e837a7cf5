import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../src/domain/kinds';
import { DIMMED, composite, contrast, parseHex } from '../src/features/timeline/spotlight';

// The real tokens, read from the stylesheet itself (here, where Node's fs is typed: the test
// runner hands a .css import to the CSS pipeline, which gives tests an empty string).
const css = readFileSync(resolve(import.meta.dirname, '../src/index.css'), 'utf8');

/** The `--ct-*: #rrggbb` tokens of the first CSS block opened by `selector`. */
function tokens(selector: string): Map<string, string> {
  const at = css.indexOf(selector);
  if (at < 0) throw new Error(`no ${selector} block in index.css`);
  const body = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
  const found = new Map<string, string>();
  for (const [, name = '', value = ''] of body.matchAll(/--ct-([a-z-]+):\s*(#[0-9a-f]{6})/gi)) {
    found.set(name, value);
  }
  return found;
}

function token(theme: Map<string, string>, name: string): string {
  const value = theme.get(name);
  if (value === undefined) throw new Error(`no --ct-${name}`);
  return value;
}

const THEMES = {
  light: tokens(':root {'),
  dark: tokens(":root[data-theme='dark'] {"),
};

describe('spotlight: events not spotlit keep 3:1 contrast', () => {
  for (const [name, theme] of Object.entries(THEMES)) {
    it(`${name}: every kind colour and the label text, at ${DIMMED}, over surface, page and lane`, () => {
      const inks = [...EVENT_KINDS.map((kind) => `kind-${kind}`), 'text'];
      for (const ink of inks) {
        for (const ground of ['surface', 'bg', 'lane']) {
          const background = parseHex(token(theme, ground));
          const seen = composite(parseHex(token(theme, ink)), background, DIMMED);
          expect(contrast(seen, background), `${ink} over ${ground}`).toBeGreaterThanOrEqual(3);
        }
      }
    });
  }

  it('the old strength, 0.25, fell below 3:1 (the capture colour over white: about 1.6:1)', () => {
    const white = parseHex('#ffffff');
    const capture = parseHex(token(THEMES.light, 'kind-capture'));
    expect(contrast(composite(capture, white, 0.25), white)).toBeLessThan(3);
    expect(contrast(parseHex('#000000'), white)).toBeCloseTo(21, 9);
  });
});
