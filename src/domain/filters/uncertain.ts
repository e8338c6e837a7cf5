import type { TestFilter } from './declaration';

/**
 * `uncertain=hide`: hides events whose date is not one precise day (shown by default, drawn as
 * the window the article allows).
 */
export const uncertainFilter: TestFilter<'uncertain', boolean> = {
  type: 'test',
  key: 'uncertain',
  params: ['uncertain'],
  initial: true,
  read: (params) => params.get('uncertain') !== 'hide',
  write: (shown) => (shown ? [] : [['uncertain', 'hide']]),
  sanitize: (shown) => shown,
  isActive: (shown) => !shown,
  compile: (shown, { precise }) => (shown ? null : (i) => precise[i] === 1),
};
