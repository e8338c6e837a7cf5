import type { TestFilter } from './declaration';

/** `notes=only`: only events that carry an editor's note. */
export const notesFilter: TestFilter<'notes', boolean> = {
  type: 'test',
  key: 'notes',
  params: ['notes'],
  initial: false,
  read: (params) => params.get('notes') === 'only',
  write: (only) => (only ? [['notes', 'only']] : []),
  sanitize: (only) => only,
  isActive: (only) => only,
  compile: (only, _columns, events) => (only ? (i) => (events[i]?.notes.length ?? 0) > 0 : null),
};
