import { useCallback, useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copying text to the clipboard, and whether the last copy worked: the browser may refuse (no permission, an iframe
 * without clipboard access), and then the person is told to select and copy the text themselves. `reset` forgets the
 * last result when what would be copied changes.
 */
export function useClipboard(): { state: CopyState; copy: (text: string) => Promise<void>; reset: () => void } {
  const [state, setState] = useState<CopyState>('idle');
  const copy = useCallback(async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }, []);
  const reset = useCallback(() => setState('idle'), []);
  return { state, copy, reset };
}
