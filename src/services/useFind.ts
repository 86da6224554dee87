/** Runs a find-support query against the dataset: place, keywords (in the worker), filters. */
import { useEffect, useState } from 'preact/hooks';
import type { Dataset } from '../dataset/index.ts';
import { findServices, type FindOutput, type FindQuery } from '../core/find.ts';
import { resolveWhere, type Place, type WhereResult } from '../core/place/index.ts';
import { isBlankQuery } from '../core/search/index.ts';
import { keywordSearch } from './search-client.ts';
import { NEAR_KEY } from '../resources/near.ts';

export interface FindState {
  status: 'searching' | 'ready';
  output?: FindOutput;
  where?: WhereResult;
  guideHits?: Map<string, number>;
}

/** "Now" for opening times; tests freeze it with Playwright's clock. */
const now = () => new Date();

export function whereFor(data: Dataset, near: string): WhereResult | undefined {
  if (!near.trim()) return undefined;
  return resolveWhere(near, { postcodes: data.postcodes, places: (data.extra.places as Place[] | undefined) ?? [] });
}

/** Kept for this visit only, so guides can link to "near you" without asking again. */
function rememberNear(near: string): void {
  try {
    sessionStorage.setItem(NEAR_KEY, near);
  } catch {
    // Storage refused: links simply will not carry the place.
  }
}

export function useFind(data: Dataset, query: FindQuery): FindState {
  const [state, setState] = useState<FindState>({ status: 'searching' });
  const key = JSON.stringify(query);
  useEffect(() => {
    let live = true;
    const where = whereFor(data, query.near);
    const found = where?.kind === 'found' ? where : undefined;
    // A place that could not be found shows no list at all: the message says why instead.
    if (where && !found) {
      setState({ status: 'ready', where });
      return;
    }
    if (found) rememberNear(query.near);
    setState((s) => ({ ...s, status: 'searching' }));
    const run = async () => {
      const keywords = isBlankQuery(query.q) ? undefined : await keywordSearch(data, query.q);
      if (!live) return;
      const output = findServices(query, { services: data.services, hits: keywords?.services, where: found, now: now() });
      setState({ status: 'ready', output, where, guideHits: keywords?.guides });
    };
    void run();
    return () => {
      live = false;
    };
    // `key` stands for the query: its content, not its identity, decides when to search again.
  }, [data, key]);
  return state;
}
