import type { SetView } from '../../url-state/set-view';
import { OpenFile } from './open-file';

/**
 * `?data=local` with no file in this tab (a reload, a shared link): the file was only ever on the
 * reader's computer, so the page says so and offers to open it again, where the chart would be.
 */
export function OpenFileAgain({ message, setView }: { message: string; setView: SetView }) {
  return (
    <div
      role="alert"
      className="flex flex-col gap-3 rounded-lg border-2 border-accent bg-surface p-4"
      data-testid="open-file-again"
    >
      <h2 className="text-lg font-bold">Open the file again</h2>
      <p className="break-words">{message}</p>
      <OpenFile setView={setView} />
    </div>
  );
}
