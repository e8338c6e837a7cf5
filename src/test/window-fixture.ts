import type { DatePrecision, TimeWindow } from '../domain/time-window';

type Edge = readonly [at: number, precision: DatePrecision] | null;
type Flags = Partial<Pick<TimeWindow, 'isInterval' | 'uncertain' | 'approximate'>>;

/** The window a test expects, written as its edges and whichever flags are set. */
export function windowFixture(edtf: string, start: Edge, end: Edge, flags: Flags = {}): TimeWindow {
  const edge = (e: Edge) => (e === null ? null : { at: e[0], precision: e[1] });
  return {
    edtf,
    start: edge(start),
    end: edge(end),
    isInterval: flags.isInterval ?? false,
    uncertain: flags.uncertain ?? false,
    approximate: flags.approximate ?? false,
  };
}
