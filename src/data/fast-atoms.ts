import { NUMBERED_QUALIFIERS, QUALIFIERS } from '../domain/kinds';
import type { Qualifier } from '../domain/kinds';
import { readDate } from '../domain/edtf-common';
import { SLUG } from '../lib/slug';
import { LANGUAGE, LIMITS, NO_CONTROL, VISIBLE, isLanguageTag } from './format-rules';

/**
 * The schema's atoms as plain predicates: what `dataset-schema.ts` says with zod, answered yes
 * or no with no message and no copy. The fast checkers are built from these; the property test
 * (fast-check.property.test.ts) holds them to zod's verdicts.
 */

export type Fields = Readonly<Record<string, unknown>>;

/** zod's object: anything but null and arrays. */
export function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A strict object's keys: none but these (zod walks `for…in`, so this does too). Required keys
 * are checked by their own tests, which fail on `undefined`.
 */
export function onlyKeys(value: Fields, allowed: ReadonlySet<string>): boolean {
  for (const key in value) if (!allowed.has(key)) return false;
  return true;
}

/** An optional field: absent (or undefined, which zod lets through too), or valid. */
export function optional<T>(
  value: unknown,
  test: (value: unknown) => value is T,
): value is T | undefined {
  return value === undefined || test(value);
}

/** A list of so many items, not looked into (`z.array(z.unknown())`): each is checked later. */
export function isList(value: unknown, min: number, max: number): value is unknown[] {
  return Array.isArray(value) && value.length >= min && value.length <= max;
}

export function arrayOf<T>(
  value: unknown,
  min: number,
  max: number,
  test: (item: unknown) => item is T,
): value is T[] {
  if (!isList(value, min, max)) return false;
  for (const item of value) if (!test(item)) return false;
  return true;
}

export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
export const isString = (value: unknown): value is string => typeof value === 'string';

/** `Text(max)`: visible text, no control characters, at most `max` UTF-16 units. */
export function isText(value: unknown, max: number): value is string {
  return (
    typeof value === 'string' &&
    value.length <= max &&
    NO_CONTROL.test(value) &&
    VISIBLE.test(value)
  );
}

export const isTitle = (value: unknown): value is string => isText(value, LIMITS.title);
export const isLongText = (value: unknown): value is string => isText(value, LIMITS.text);
/** Holder and nationality. */
export const isShortText = (value: unknown): value is string => isText(value, 80);

/** A quote's context: one character at least, no control characters, need not be visible. */
export function isContext(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length >= 1 &&
    value.length <= LIMITS.title &&
    NO_CONTROL.test(value)
  );
}

export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length <= LIMITS.id && SLUG.test(value);
}

/**
 * `EdtfString`. A date outside the common forms, while edtf.js is not loaded, is refused here
 * and left to zod's check (which loads edtf.js): the verdict is then zod's.
 */
export function isEdtf(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 64) return false;
  const window = readDate(value);
  return window !== null && typeof window !== 'string';
}

/**
 * `z.iso.date()`'s pattern (zod 4.6), a calendar day with leap years: copied, as zod keeps it
 * internal. The property test compares the verdicts on generated days.
 */
const PLAIN_DAY =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;

export function isPlainDay(value: unknown): value is string {
  return typeof value === 'string' && PLAIN_DAY.test(value);
}

/** `Amount`: a finite number, not negative. */
export function isAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** `Bound`: a safe integer, not negative. */
export function isBound(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

export function isOneOf<T extends string>(values: readonly T[]) {
  return (value: unknown): value is T => (values as readonly unknown[]).includes(value);
}

export const isQualifier = isOneOf(QUALIFIERS);

export function isLanguage(value: unknown): value is string {
  return (
    typeof value === 'string' && value.length <= 35 && LANGUAGE.test(value) && isLanguageTag(value)
  );
}

/** `checkQualifiedNumber`'s rules: a number only with a numbered qualifier, inside min–max. */
export function isQualifiedNumber(
  value: number | null,
  qualifier: Qualifier,
  min: number | undefined,
  max: number | undefined,
): boolean {
  if (NUMBERED_QUALIFIERS.includes(qualifier) !== (value !== null)) return false;
  if (min !== undefined && max !== undefined && min > max) return false;
  if (value === null) return true;
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}

const HTTP = /^https?:\/\//i;
const TAB_OR_NEWLINE = /[\t\n\r]/g;

/**
 * `WebAddress` (zod's `z.url` with http or https): null when refused, else the value zod gives
 * back, which is trimmed and without tabs or line ends (what the URL parser also ignores).
 */
export function webAddress(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (!HTTP.test(trimmed)) return null;
  const url = parseUrl(trimmed);
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null;
  return trimmed.replace(TAB_OR_NEWLINE, '');
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}
