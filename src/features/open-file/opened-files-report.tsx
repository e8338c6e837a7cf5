import { useOpenedReport } from './opened-files';

const MAX_LINES = 50;

function Lines({ lines, label }: { lines: readonly string[]; label: string }) {
  if (lines.length === 0) return null;
  return (
    <ul aria-label={label} className="max-h-48 list-disc overflow-auto pl-5">
      {lines.slice(0, MAX_LINES).map((line, i) => (
        <li key={i} className="break-words">
          {line}
        </li>
      ))}
      {lines.length > MAX_LINES && <li>…and {lines.length - MAX_LINES} more</li>}
    </ul>
  );
}

/**
 * What the last opened files gave: that they are being read, that they are shown (and what in
 * them could not be), or why nothing could be drawn, each problem with its file, row and column.
 */
export function OpenedFilesReport() {
  const report = useOpenedReport();
  if (report === null) return null;
  const files = report.files.join(', ');
  const failed = report.status === 'failed';
  const trouble = failed || report.problems.length > 0;
  return (
    <div
      role={failed ? 'alert' : 'status'}
      data-testid="open-file-report"
      data-status={report.status}
      className={`max-w-2xl text-sm ${trouble ? 'rounded-md border border-warn bg-surface p-2' : 'text-muted'}`}
    >
      <p>
        {report.status === 'reading' && `Reading ${files}…`}
        {report.status === 'shown' &&
          (report.problems.length === 0
            ? `Showing ${files}.`
            : `Showing ${files}; ${report.problems.length} ${report.problems.length === 1 ? 'problem' : 'problems'} to fix:`)}
        {failed && `${files} could not be shown:`}
      </p>
      <Lines lines={report.problems} label="Problems" />
      <Lines lines={report.notes} label="Not carried over" />
    </div>
  );
}
