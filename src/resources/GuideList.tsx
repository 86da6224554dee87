import type { Guide } from '../core/guide.ts';
import { useT } from '../i18n/index.ts';
import './resources.css';

/** Guides as cards: title, one-line summary, who it is for and how long it takes to read. */
export function GuideList({ guides, headingLevel }: { guides: readonly Guide[]; headingLevel: 2 | 3 }) {
  const t = useT();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul class="guide-list">
      {guides.map((g) => (
        <li key={g.slug} class="card">
          <H class="card__title">
            <a href={`/resources/${g.slug}`}>{g.title}</a>
          </H>
          <p>{g.summary}</p>
          <p class="card__meta">
            <span class="guide-audience">{t(`resources.audience.${g.audience}`)}</span> · {t('resources.readingTime', { count: g.readingMinutes })}
          </p>
        </li>
      ))}
    </ul>
  );
}
