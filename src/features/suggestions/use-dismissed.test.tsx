// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../adapters/storage/local-store';
import { ServicesProvider, type Services } from '../../services/services';
import { DISMISSED_TICKETS_KEPT, useDismissed } from './use-dismissed';

describe('useDismissed', () => {
  it('remembers "Not this one" per ticket for the newest tickets only, so storage stays bounded', () => {
    const storage = createMemoryStore();
    const services = { storage } as unknown as Services;
    const wrapper = ({ children }: { children: ReactNode }) => <ServicesProvider value={services}>{children}</ServicesProvider>;
    for (let id = 1; id <= DISMISSED_TICKETS_KEPT + 5; id++) {
      const { result, unmount } = renderHook(() => useDismissed(id), { wrapper });
      act(() => result.current.dismiss('own-it'));
      unmount();
    }
    expect(storage.read('dismissed:1')).toBeNull();
    expect(storage.read('dismissed:5')).toBeNull();
    expect(storage.read('dismissed:6')).toBe('["own-it"]');
    expect(storage.read(`dismissed:${DISMISSED_TICKETS_KEPT + 5}`)).toBe('["own-it"]');
    const { result } = renderHook(() => useDismissed(DISMISSED_TICKETS_KEPT + 5), { wrapper });
    expect(result.current.dismissed).toEqual(['own-it']);
  });
});
