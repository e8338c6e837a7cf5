import type { TimelineEvent } from './types';

/**
 * What a slug keeps: lowercase and caseless letters, their marks, digits — any script. (Case is
 * folded first; an uppercase letter left over has no lowercase and counts as a separator.)
 */
const KEPT = String.raw`\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}`;
const SEPARATORS = new RegExp(`[^${KEPT}]+`, 'gu');

/** Holders that name no one: filed under "Holder not given" like a missing holder. */
const NOT_GIVEN = new Set(['', 'unknown', 'none']);

/**
 * Whose custody an event concerns: the holder's slug, `unknown` (holder not given, including a
 * holder written "unknown" or "None"), or `none`, kept for statements alone (no people at all).
 */
export function sideOf(event: TimelineEvent): string {
  if (!event.people) return 'none';
  const slug = slugify(event.people.heldBy);
  return NOT_GIVEN.has(slug) ? 'unknown' : slug;
}

/**
 * One spelling per holder, in any script: compatibility forms unified (NFKC), case folded
 * (upper then lower, so "ß" meets "SS" and "ς" meets "σ"), accents on Latin letters dropped
 * ("Azerbaïjan" is "azerbaijan"; other scripts keep theirs: "й" is not "и"), and every run of
 * anything but letters, their marks and digits made one hyphen. "Азербайджан" and "Ադրբեջան"
 * keep their letters. Empty for a holder with no letters or digits.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKC')
    .toUpperCase()
    .toLowerCase()
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})[\u0300-\u036f]+/gu, '$1')
    .normalize('NFKC')
    .replace(SEPARATORS, '-')
    .replace(/^-|-$/g, '');
}

/** A side as the URL may name it: a slug of letters, marks and digits of any script. */
export const SIDE_SLUG = new RegExp(`^[${KEPT}]+(?:-[${KEPT}]+)*$`, 'u');

/** "Held by Azerbaijan", "Holder not given", "No detainees (statements)". */
export function sideLabel(side: string, heldBy: string | null): string {
  if (side === 'none') return 'No detainees (statements)';
  if (side === 'unknown') return 'Holder not given';
  return `Held by ${heldBy ?? side}`;
}
