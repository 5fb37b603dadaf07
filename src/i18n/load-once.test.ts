import { describe, expect, it, vi } from 'vitest';
import { loadOnce } from './load-once';

describe('loadOnce', () => {
  it('runs the load once and gives every caller its result', async () => {
    const load = vi.fn(() => Promise.resolve(42));
    const once = loadOnce(load);
    expect(await Promise.all([once(), once()])).toEqual([42, 42]);
    expect(await once()).toBe(42);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('runs it again after a failure, and keeps the first success', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue('loaded');
    const once = loadOnce<string>(load);
    await expect(once()).rejects.toThrow('offline');
    expect(await once()).toBe('loaded');
    expect(await once()).toBe('loaded');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
