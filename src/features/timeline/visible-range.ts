import { formatSpan } from '../../domain/format';

/**
 * "Nov 2020 – Jan 2024" for long spans; days once the view is under three months. The end is
 * exclusive, worded as the From/To fields word it (domain/format.ts formatSpan).
 */
export function formatVisibleRange([from, to]: readonly [Date, Date]): string {
  return formatSpan(from.getTime(), to.getTime());
}
