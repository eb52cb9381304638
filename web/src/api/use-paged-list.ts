/**
 * A keyset-paged list from the API (`{items, nextCursor}`): the first page whenever the query
 * changes, "load more" after it, a reload after an action, and a quiet reload when a complaint
 * changes anywhere (live events), so a list on screen stays current without polling.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from './client';
import { useLiveEvents } from './live';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PagedList<T> {
  /** null while the first page loads. */
  items: T[] | null;
  hasMore: boolean;
  error: unknown;
  reload: () => Promise<void>;
  loadMore: () => Promise<void>;
}

/** `url(cursor)` builds the request; a new `url` function (new filters) starts over. */
export function usePagedList<T>(url: (cursor: string | null) => string): PagedList<T> {
  const [items, setItems] = useState<T[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const morePages = useRef(false);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const page = await api<Page<T>>(url(null), { signal });
        morePages.current = false;
        setItems(page.items);
        setNext(page.nextCursor);
        setError(null);
      } catch (e) {
        if (!signal?.aborted) setError(e);
      }
    },
    [url],
  );

  useEffect(() => {
    const controller = new AbortController();
    setItems(null);
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  // Not while the reader has loaded more pages: the list would jump back to the first one.
  useLiveEvents(() => {
    if (!morePages.current) void load();
  });

  const loadMore = async () => {
    if (!next) return;
    try {
      const page = await api<Page<T>>(url(next));
      morePages.current = true;
      setItems((list) => [...(list ?? []), ...page.items]);
      setNext(page.nextCursor);
    } catch (e) {
      setError(e);
    }
  };

  return { items, hasMore: next !== null, error, reload: () => load(), loadMore };
}
