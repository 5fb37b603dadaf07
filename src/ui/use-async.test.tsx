// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAsync } from './use-async';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('useAsync', () => {
  it('loads, then shows the data', async () => {
    const { result } = renderHook(() => useAsync(async () => 42, ['a']));
    expect(result.current.state.status).toBe('loading');
    await waitFor(() => expect(result.current.state).toEqual({ status: 'ready', data: 42, reloading: false }));
  });

  it('never shows a superseded key’s result, even when it lands last', async () => {
    const slow = deferred<string>();
    const fast = deferred<string>();
    const signals: AbortSignal[] = [];
    const { result, rerender } = renderHook(
      ({ id }: { id: string }) =>
        useAsync(
          (signal) => {
            signals.push(signal);
            return id === 'A' ? slow.promise : fast.promise;
          },
          [id],
        ),
      { initialProps: { id: 'A' } },
    );
    rerender({ id: 'B' });
    expect(signals[0]?.aborted).toBe(true);
    await act(async () => fast.resolve('B data'));
    await act(async () => slow.resolve('A data'));
    expect(result.current.state).toEqual({ status: 'ready', data: 'B data', reloading: false });
  });

  it('shows loading, not the old key’s data, as soon as the key changes', async () => {
    const { result, rerender } = renderHook(({ id }: { id: string }) => useAsync(() => new Promise<string>(() => {}), [id]), {
      initialProps: { id: 'A' },
    });
    const ready = renderHook(({ id }: { id: string }) => useAsync(async () => `${id} data`, [id]), { initialProps: { id: 'A' } });
    await waitFor(() => expect(ready.result.current.state.status).toBe('ready'));
    ready.rerender({ id: 'B' });
    expect(ready.result.current.state.status).toBe('loading');
    await waitFor(() => expect(ready.result.current.state).toMatchObject({ status: 'ready', data: 'B data' }));
    rerender({ id: 'B' });
    expect(result.current.state.status).toBe('loading');
  });

  it('keeps the data while reloading the same key, and after a failed reload', async () => {
    let calls = 0;
    const { result } = renderHook(() =>
      useAsync(async () => {
        calls += 1;
        if (calls === 2) throw new Error('offline');
        return calls;
      }, ['same']),
    );
    await waitFor(() => expect(result.current.state).toMatchObject({ status: 'ready', data: 1 }));
    act(() => result.current.reload());
    await waitFor(() => expect(result.current.state).toMatchObject({ status: 'failed', data: 1 }));
    act(() => result.current.reload());
    await waitFor(() => expect(result.current.state).toMatchObject({ status: 'ready', data: 3 }));
  });

  it('aborts on unmount and stays quiet when the result arrives later', async () => {
    const late = deferred<number>();
    let signal: AbortSignal | undefined;
    const { unmount } = renderHook(() =>
      useAsync(
        (s) => {
          signal = s;
          return late.promise;
        },
        ['k'],
      ),
    );
    unmount();
    expect(signal?.aborted).toBe(true);
    await act(async () => late.resolve(1));
  });

  it('waits while the key is null', () => {
    let called = false;
    const { result } = renderHook(() =>
      useAsync(async () => {
        called = true;
        return 1;
      }, null),
    );
    expect(result.current.state.status).toBe('loading');
    expect(called).toBe(false);
  });

  it('replaces the data with update() without loading again', async () => {
    let calls = 0;
    const { result } = renderHook(() => useAsync(async () => ++calls, ['k']));
    await waitFor(() => expect(result.current.state.status).toBe('ready'));
    act(() => result.current.update((n) => n + 100));
    expect(result.current.state).toMatchObject({ status: 'ready', data: 101 });
    expect(calls).toBe(1);
  });
});
