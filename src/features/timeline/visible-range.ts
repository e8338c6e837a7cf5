import { utcFormat } from 'd3-time-format';
import { DAY } from '../../lib/time';
const monthYear = utcFormat('%b %Y');
const dayMonthYear = utcFormat('%-d %b %Y');

/** "Nov 2020 – Jan 2024" for long spans; days once the view is under three months. */
export function formatVisibleRange([from, to]: readonly [Date, Date]): string {
  const format = to.getTime() - from.getTime() > 90 * DAY ? monthYear : dayMonthYear;
  return `${format(from)} – ${format(to)}`;
}
