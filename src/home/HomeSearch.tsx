import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { DataGate } from '../ui/DataGate.tsx';
import { useT } from '../i18n/index.ts';
import { Icon } from '../ui/Icon.tsx';
import type { HomeResultsProps } from './HomeResults.tsx';

/**
 * One box that searches guides and services together. The words live in the address (/?q=…), so
 * Back from a result returns to the same results. The results code (search index, opening times)
 * loads only once someone searches, which keeps Home's first load small. The box is usable as soon
 * as the manifest is there; the services may still be loading.
 */
export function HomeSearch() {
  const t = useT();
  const loc = useLocation();
  const q = (loc.query.q ?? '').trim().slice(0, 200);
  const near = (loc.query.near ?? '').trim().slice(0, 100);
  const [value, setValue] = useState(q);
  const [summary, setSummary] = useState('');
  const [Results, setResults] = useState<FunctionComponent<HomeResultsProps>>();

  // Back and forward change the address: show the words that go with it.
  useEffect(() => setValue(q), [q]);
  useEffect(() => {
    if (!q) setSummary('');
    else if (!Results) void import('./HomeResults.tsx').then((m) => setResults(() => m.HomeResults));
  }, [q, Results]);

  const submit = (e: Event) => {
    e.preventDefault();
    const words = value.trim();
    const p = new URLSearchParams();
    if (words) p.set('q', words);
    if (words && near) p.set('near', near);
    loc.route(p.toString() ? `/?${p}` : '/');
  };

  return (
    <>
      <form class="search-form" action="/" method="get" role="search" onSubmit={submit}>
        <label class="label" for="home-q">
          {t('home.searchLabel')}
        </label>
        <p class="hint" id="home-q-hint">
          {t('home.searchHint')}
        </p>
        <div class="search-row">
          <input id="home-q" class="input" type="search" name="q" value={value} onInput={(e) => setValue((e.target as HTMLInputElement).value)} aria-describedby="home-q-hint" autocomplete="off" />
          <button class="button" type="submit">
            <Icon name="search" />
            {t('home.search')}
          </button>
        </div>
      </form>
      {/* In the page from the start, so screen readers announce each new count. */}
      <p role="status" class="result-count home-summary">
        {q ? summary || t('home.searching') : ''}
      </p>
      {/* The box works before the directory has loaded; results wait for it, or say it failed. */}
      {q && Results && <DataGate>{(data) => <Results data={data} q={q} near={near} onSummary={setSummary} />}</DataGate>}
    </>
  );
}
