import type { Dataset } from '../domain/types';
import { ArticleNotice } from '../features/article/article-notice';
import { SkippedEvents } from '../ui/skipped-events';

/**
 * What every view says before the chart when the data is not whole: events the file holds but
 * the chart leaves out, and each source whose quotes could not be checked against its text.
 */
export function DatasetNotices({ dataset, compact }: { dataset: Dataset; compact: boolean }) {
  return (
    <>
      <SkippedEvents skipped={dataset.skipped} compact={compact} />
      <ArticleNotice sources={dataset.sources} />
    </>
  );
}
