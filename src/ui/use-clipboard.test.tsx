// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useClipboard } from './use-clipboard';

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('useClipboard', () => {
  it('copies the text and says so; a new copy target forgets the last result', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    stubClipboard(writeText);
    const { result } = renderHook(() => useClipboard());
    expect(result.current.state).toBe('idle');
    await act(() => result.current.copy('Mission: help'));
    expect(writeText).toHaveBeenCalledWith('Mission: help');
    expect(result.current.state).toBe('copied');
    act(() => result.current.reset());
    expect(result.current.state).toBe('idle');
  });

  it('says the copy failed when the browser refuses, or has no clipboard at all', async () => {
    stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    const refused = renderHook(() => useClipboard());
    await act(() => refused.result.current.copy('x'));
    expect(refused.result.current.state).toBe('failed');

    Reflect.deleteProperty(navigator, 'clipboard');
    const none = renderHook(() => useClipboard());
    await act(() => none.result.current.copy('x'));
    expect(none.result.current.state).toBe('failed');
  });
});
