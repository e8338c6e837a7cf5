import { useState } from 'react';
import type { Dataset } from '../../domain/types';
import { Button } from '../../ui/button';
import type { DataChoice } from './data-files';
import { textFileName } from './text-file-name';

const SHEETS = [
  'claims.csv',
  'sources.csv',
  'attributions.csv',
  'cohorts.csv',
  'dataset.csv',
] as const;

/**
 * "Get the data": the shown dataset as files to reuse, in every mode (an embed's readers too,
 * as charts on news sites offer). Format 2 JSON, the spreadsheet's sheets, TimelineJS JSON, and
 * each stored source text the JSON names. Built on this computer when asked, never uploaded.
 */
export function GetData({ dataset, compact = false }: { dataset: Dataset; compact?: boolean }) {
  const [status, setStatus] = useState('');
  const texts = dataset.sources.filter((s) => s.text.status === 'loaded');
  const get = async (choice: DataChoice) => {
    try {
      const { dataFile, saveFile } = await import('./data-files');
      const file = dataFile(dataset, choice);
      if (!file.ok) {
        setStatus(file.problem);
        return;
      }
      saveFile(file);
      setStatus('');
    } catch (error) {
      setStatus(
        `The file could not be made: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  return (
    <details className={`no-print ${compact ? 'text-xs' : 'text-sm'}`} data-testid="get-data">
      <summary className="cursor-pointer font-semibold underline underline-offset-2">
        Get the data
      </summary>
      <div className="mt-2 flex flex-col gap-2 rounded-md border border-edge bg-surface p-2">
        <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Dataset files">
          <Button onClick={() => void get({ kind: 'format2' })}>Dataset (JSON)</Button>
          <Button onClick={() => void get({ kind: 'timelinejs' })}>TimelineJS (JSON)</Button>
        </div>
        <div
          className="flex flex-wrap items-center gap-2"
          role="group"
          aria-label="Spreadsheet sheets (CSV)"
        >
          <span className="text-muted">Sheets:</span>
          {SHEETS.map((name) => (
            <Button key={name} onClick={() => void get({ kind: 'sheet', name })}>
              {name}
            </Button>
          ))}
        </div>
        {texts.length > 0 && (
          <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Source texts">
            <span className="text-muted">Source texts, for the quotes to be checked:</span>
            {texts.map((source) => (
              <Button
                key={source.id}
                onClick={() => void get({ kind: 'text', sourceId: source.id })}
              >
                {textFileName(source)}
              </Button>
            ))}
          </div>
        )}
        {status && (
          <p role="alert" className="text-error">
            {status}
          </p>
        )}
      </div>
    </details>
  );
}
