/** Saved items for the UI: a cached list that every Save button and the Saved page share. */
import { useEffect, useState } from 'preact/hooks';
import { listSaved, type SavedItem } from '../storage/index.ts';

let cache: SavedItem[] | undefined;
const listeners = new Set<(items: SavedItem[]) => void>();

export async function reloadSaved(): Promise<SavedItem[]> {
  cache = await listSaved();
  listeners.forEach((l) => l(cache!));
  return cache;
}

export function useSavedItems(): SavedItem[] | undefined {
  const [items, setItems] = useState(cache);
  useEffect(() => {
    listeners.add(setItems);
    if (!cache) void reloadSaved();
    else setItems(cache);
    return () => void listeners.delete(setItems);
  }, []);
  return items;
}
