import { datasetToSheets } from '../../data/import/dataset-to-sheets';
import type { SheetFiles } from '../../data/import/dataset-to-sheets';
import { toTimelineJson } from '../../data/import/to-timelinejs';
import type { Dataset } from '../../domain/types';
import { textFileName } from './text-file-name';
import { toFormat2 } from './to-format2';

/**
 * The files "Get the data" offers, built when asked: the converters (and papaparse) are this
 * chunk's, loaded on first use.
 */
export type DataChoice =
  | { readonly kind: 'format2' }
  | { readonly kind: 'timelinejs' }
  | { readonly kind: 'sheet'; readonly name: keyof SheetFiles }
  | { readonly kind: 'text'; readonly sourceId: string };

export type DataFile =
  | { readonly ok: true; readonly name: string; readonly type: string; readonly body: string }
  | { readonly ok: false; readonly problem: string };

const JSON_TYPE = 'application/json;charset=utf-8';

export function dataFile(dataset: Dataset, choice: DataChoice): DataFile {
  switch (choice.kind) {
    case 'format2':
      return {
        ok: true,
        name: 'timeline.json',
        type: JSON_TYPE,
        body: `${JSON.stringify(toFormat2(dataset), null, 2)}\n`,
      };
    case 'timelinejs':
      return { ok: true, name: 'timelinejs.json', type: JSON_TYPE, body: toTimelineJson(dataset) };
    case 'sheet': {
      const sheets = datasetToSheets(toFormat2(dataset));
      if (!sheets.ok) {
        return {
          ok: false,
          problem: `The sheets would change this dataset, so none was written: ${sheets.problems.join('; ')}`,
        };
      }
      return {
        ok: true,
        name: choice.name,
        type: 'text/csv;charset=utf-8',
        body: sheets.files[choice.name],
      };
    }
    case 'text': {
      const source = dataset.sources.find((s) => s.id === choice.sourceId);
      if (source?.text.status !== 'loaded')
        return { ok: false, problem: `The text of ${choice.sourceId} is not loaded.` };
      return {
        ok: true,
        name: textFileName(source),
        type: 'text/plain;charset=utf-8',
        body: source.text.text,
      };
    }
  }
}

/** Hands a file to the browser's downloads; nothing leaves the computer. */
export function saveFile(file: { name: string; type: string; body: string }): void {
  const url = URL.createObjectURL(new Blob([file.body], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.click();
  // After the click is handled: the download holds its own reference.
  window.setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}
