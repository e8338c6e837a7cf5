import type { TimelineEvent } from './types';

/** Whose custody an event concerns: the holding state's slug, `unknown`, or `none` (no people). */
export function sideOf(event: TimelineEvent): string {
  if (!event.people) return 'none';
  return slugify(event.people.heldBy);
}

export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug === '' ? 'unknown' : slug;
}

/** "Held by Azerbaijan", "Holder not given", "No detainees (statements)". */
export function sideLabel(side: string, heldBy: string | null): string {
  if (side === 'none') return 'No detainees (statements)';
  if (side === 'unknown') return 'Holder not given';
  return `Held by ${heldBy ?? side}`;
}
