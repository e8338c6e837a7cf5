import type { TestFilter } from './declaration';

/**
 * `disputed=only`: shows only the events whose sources disagree on a count or a date (all
 * events by default).
 */
export const disputedFilter: TestFilter<'disputedOnly', boolean> = {
  type: 'test',
  key: 'disputedOnly',
  params: ['disputed'],
  initial: false,
  read: (params) => params.get('disputed') === 'only',
  write: (only) => (only ? [['disputed', 'only']] : []),
  sanitize: (only) => only,
  isActive: (only) => only,
  compile: (only, { disputed }) => (only ? (i) => disputed[i] === 1 : null),
};
