/**
 * The card a marker opens: name, distance, next opening, Call, Details and Save; or, for places
 * at one spot, the list of them. Not modal and no focus trap: focus moves to its heading, and
 * Escape or Close hands focus back to the marker that opened it.
 */
import { useEffect, useRef } from 'preact/hooks';
import { distanceWords } from '../core/distance.ts';
import { formatOpenState } from '../core/schedule/index.ts';
import { useT } from '../i18n/index.ts';
import { SaveButton } from '../saved/SaveButton.tsx';
import { telHref } from '../services/phone.ts';
import { Icon } from '../ui/Icon.tsx';
import type { MapPlace } from './places.ts';

export interface MarkerCardProps {
  places: MapPlace[];
  /** The searched place's words ("BS5"), for "400 m from BS5". */
  from?: string;
  label(place: MapPlace): string;
  onChoose(key: string): void;
  onClose(): void;
}

export function MarkerCard({ places, from, label, onChoose, onClose }: MarkerCardProps) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const key = places.map((p) => p.key).join(' ');
  useEffect(() => heading.current?.focus(), [key]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    onClose();
  };
  const close = (
    <button type="button" class="button button--secondary map-card__close" onClick={onClose}>
      {t('map.close')}
    </button>
  );

  if (places.length > 1) {
    return (
      <section class="map-card" aria-labelledby="map-card-title" onKeyDown={onKeyDown}>
        <h3 id="map-card-title" class="map-card__title" tabIndex={-1} ref={heading}>
          {t('map.groupTitle', { count: places.length })}
        </h3>
        <p>{t('map.groupHint')}</p>
        <ul class="map-card__list">
          {places.map((p) => (
            <li key={p.key}>
              <button type="button" class="button button--secondary" onClick={() => onChoose(p.key)}>
                {label(p)}
              </button>
            </li>
          ))}
        </ul>
        {close}
      </section>
    );
  }

  const { service: s, distanceKm, state } = places[0].result;
  const tel = s.phones?.map((p) => ({ number: p.number, href: telHref(p.number) })).find((p) => p.href);
  const distance = distanceKm === undefined ? '' : distanceWords(distanceKm, document.documentElement.lang || 'en-GB');
  return (
    <section class="map-card" aria-labelledby="map-card-title" onKeyDown={onKeyDown}>
      <h3 id="map-card-title" class="map-card__title" tabIndex={-1} ref={heading}>
        {s.name}
      </h3>
      <ul class="facts">
        {distance && <li>{from ? t('map.away', { distance, place: from }) : distance}</li>}
        <li class={state.open ? 'facts__open' : undefined}>{formatOpenState(state, new Date())}</li>
      </ul>
      <div class="button-row">
        {tel && (
          <a class="button button--call" href={tel.href}>
            <Icon name="phone" />
            {t('map.call', { number: tel.number })}
          </a>
        )}
        <a class="button button--secondary" href={`/services/${encodeURIComponent(s.id)}`}>
          {t('map.details', { name: s.name })}
        </a>
      </div>
      <SaveButton kind="service" record={s} name={s.name} />
      {close}
    </section>
  );
}
