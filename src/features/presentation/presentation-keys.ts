/** What a key does in a briefing. Clickers send PageDown/PageUp (some also arrows or Space). */
export type PresentationAction = 'next' | 'prev' | 'first' | 'last' | 'fullscreen';

export function actionForKey(key: string, shiftKey: boolean): PresentationAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case 'Enter':
      return 'next';
    case ' ':
      return shiftKey ? 'prev' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'f':
    case 'F':
      return 'fullscreen';
    default:
      return null;
  }
}

/**
 * Keys typed into a field, pressed with a modifier (browser shortcuts), or already handled are
 * not ours; nor are Space and Enter on a focused button or link, which activate it.
 */
export function isOwnKey(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return false;
  const target = event.target;
  if (!(target instanceof HTMLElement)) return true;
  if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
    return false;
  const activates = event.key === ' ' || event.key === 'Enter';
  return !(activates && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName));
}
