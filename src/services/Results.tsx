import { useRef, useState } from 'preact/hooks';
import type { Dataset } from '../dataset/index.ts';
import { queryToParams, type FindOutput, type FindQuery, type FindResult } from '../core/find.ts';
import { RADIUS_CHOICES, radiusById } from '../core/distance.ts';
import type { WhereResult } from '../core/place/index.ts';
import { useT } from '../i18n/index.ts';
import { ServiceCard } from './ServiceCard.tsx';
import { NoResults } from './NoResults.tsx';

const PAGE = 20;

/** Twenty at a time: a long page is hard to find your way back up, at 300% text especially. */
function List({ results, topics }: { results: FindResult[]; topics: Dataset['manifest']['topics'] }) {
  const t = useT();
  const [shown, setShown] = useState(PAGE);
  const list = useRef<HTMLOListElement>(null);
  const byId = new Map(topics.map((tp) => [tp.id, tp]));
  const more = () => {
    const next = shown;
    setShown(shown + PAGE);
    // Put the reader at the first new result, not back at the button.
    setTimeout(() => list.current?.children[next]?.querySelector<HTMLElement>('a')?.focus());
  };
  return (
    <>
      <ol class="results" ref={list}>
        {results.slice(0, shown).map((r) => (
          <li key={r.service.id}>
            <ServiceCard result={r} topics={byId} />
          </li>
        ))}
      </ol>
      {results.length > shown && (
        <p>
          <button type="button" class="button button--secondary" onClick={more}>
            {t('services.showMoreCount', { count: Math.min(PAGE, results.length - shown) })}
          </button>{' '}
          <span class="hint">{t('services.showing', { shown, count: results.length })}</span>
        </p>
      )}
    </>
  );
}

export function whereLabel(where: WhereResult | undefined, t: ReturnType<typeof useT>): string {
  if (!where || where.kind !== 'found') return '';
  return where.level === 'location' ? t('services.myLocation') : where.label;
}

export function Results({ data, query, output, where }: { data: Dataset; query: FindQuery; output: FindOutput; where?: WhereResult }) {
  const t = useT();
  const found = where?.kind === 'found' ? where : undefined;
  const radius = radiusById(query.radius) ?? RADIUS_CHOICES[1];
  const wider = RADIUS_CHOICES.find((r) => r.km > radius.km);
  const widerHref = found && wider && output.outsideRadius > 0 ? `/services?${queryToParams({ ...query, radius: wider.id }).toString()}` : undefined;
  return (
    <>
      {found && (
        <p class="lead">
          {found.postcode && found.level !== 'sector' ? t('services.nearFallback', { postcode: found.postcode, place: found.label }) : t('services.near', { place: found.postcode ?? whereLabel(found, t) })}
        </p>
      )}
      {output.local.length + output.unplaced.length === 0 ? (
        <NoResults data={data} query={query} widerHref={widerHref} widerLabel={wider ? t(wider.key) : ''} />
      ) : (
        <>
          {output.local.length > 0 && (
            <section aria-labelledby="local-title">
              <h2 id="local-title">{found ? t('services.localTitle') : t('services.localTitleAll')}</h2>
              <List results={output.local} topics={data.manifest.topics} />
            </section>
          )}
          {output.outsideRadius > 0 && (
            <p>
              {t('services.outsideRadius', { count: output.outsideRadius })} {widerHref && <a href={widerHref}>{t('services.widen', { radius: t(wider!.key) })}</a>}
            </p>
          )}
          {output.unplaced.length > 0 && (
            <section aria-labelledby="unplaced-title">
              <h2 id="unplaced-title">{t('services.unplacedTitle')}</h2>
              <List results={output.unplaced} topics={data.manifest.topics} />
            </section>
          )}
          {output.national.length > 0 && (
            <section aria-labelledby="national-title">
              <h2 id="national-title">{t('services.nationalTitle')}</h2>
              <List results={output.national} topics={data.manifest.topics} />
            </section>
          )}
        </>
      )}
    </>
  );
}
