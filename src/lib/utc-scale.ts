import {
  utcDay,
  utcHour,
  utcMinute,
  utcMonth,
  utcSecond,
  utcTicks,
  utcWeek,
  utcYear,
} from 'd3-time';
import { utcFormat } from './utc-format';

/**
 * A two-point UTC time scale: instants to pixels and back, calendar ticks and their labels. It
 * computes what d3-scale's scaleUtc computes for the same domain and range (tested against it),
 * without d3-scale's generic machinery — interpolators for any value, colours and number
 * formats — which the page would load and never use.
 */
export interface TimeScale {
  (at: Date | number): number;
  domain(): Date[];
  domain(domain: readonly (Date | number)[]): TimeScale;
  range(): number[];
  range(range: readonly number[]): TimeScale;
  invert(px: number): Date;
  copy(): TimeScale;
  /** Calendar-aligned instants across the domain, about `count` of them (d3-time's utcTicks). */
  ticks(count?: number): Date[];
  /** Labels each tick at the coarsest unit that changed there ("2021", "March", "Mar 08"). */
  tickFormat(count?: number): (date: Date) => string;
}

/**
 * d3-scale's two-point map: normalise to [0, 1] over the (ascending) input ends, then
 * interpolate the output ends; a zero-width input maps to the middle of the output.
 */
function bimap(d0: number, d1: number, r0: number, r1: number): (at: number) => number {
  const [a, b, c, d] = d1 < d0 ? [d1, d0, r1, r0] : [d0, d1, r0, r1];
  const span = b - a;
  if (!span) {
    const middle = Number.isNaN(span) ? Number.NaN : 0.5;
    return () => c * (1 - middle) + d * middle;
  }
  return (at) => {
    const t = (at - a) / span;
    return c * (1 - t) + d * t;
  };
}

const formatMillisecond = utcFormat('.%L');
const formatSecond = utcFormat(':%S');
const formatMinute = utcFormat('%I:%M');
const formatHour = utcFormat('%I %p');
const formatDay = utcFormat('%a %d');
const formatWeek = utcFormat('%b %d');
const formatMonth = utcFormat('%B');
const formatYear = utcFormat('%Y');

/** d3-scale's multi-scale time format, in UTC. */
function multiFormat(date: Date): string {
  const format =
    utcSecond.floor(date) < date
      ? formatMillisecond
      : utcMinute.floor(date) < date
        ? formatSecond
        : utcHour.floor(date) < date
          ? formatMinute
          : utcDay.floor(date) < date
            ? formatHour
            : utcMonth.floor(date) < date
              ? utcWeek.floor(date) < date
                ? formatDay
                : formatWeek
              : utcYear.floor(date) < date
                ? formatMonth
                : formatYear;
  return format(date);
}

/** The scale from [d0, d1] (instants) onto [r0, r1] (pixels). */
export function utcScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): TimeScale {
  const forward = bimap(d0, d1, r0, r1);
  const backward = bimap(r0, r1, d0, d1);
  const scale = (at: Date | number) => forward(+at);
  const ends = (values: readonly (Date | number)[]): [number, number] => [
    +(values[0] ?? Number.NaN),
    +(values[values.length - 1] ?? Number.NaN),
  ];
  function domain(): Date[];
  function domain(values: readonly (Date | number)[]): TimeScale;
  function domain(values?: readonly (Date | number)[]): Date[] | TimeScale {
    return values ? utcScale(ends(values), [r0, r1]) : [new Date(d0), new Date(d1)];
  }
  function range(): number[];
  function range(values: readonly number[]): TimeScale;
  function range(values?: readonly number[]): number[] | TimeScale {
    return values ? utcScale([d0, d1], ends(values)) : [r0, r1];
  }
  return Object.assign(scale, {
    domain,
    range,
    invert: (px: number) => new Date(Math.round(backward(px))),
    copy: () => utcScale([d0, d1], [r0, r1]),
    ticks: (count = 10) => utcTicks(new Date(d0), new Date(d1), count),
    tickFormat: () => multiFormat,
  });
}
