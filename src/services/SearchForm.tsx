import { useRef, useState } from 'preact/hooks';
import type { Topic } from '../core/model.ts';
import { EMPTY_QUERY, queryToParams, type FindQuery } from '../core/find.ts';
import { RADIUS_CHOICES } from '../core/distance.ts';
import { useT } from '../i18n/index.ts';
import { Icon } from '../ui/Icon.tsx';
import { LocationButton } from './LocationButton.tsx';

function Radios<T extends string>({ name, legend, value, options }: { name: string; legend: string; value: T; options: { value: T; label: string }[] }) {
  return (
    <fieldset class="fieldset">
      <legend class="legend">{legend}</legend>
      <div class="choices choices--inline">
        {options.map((o) => (
          <label key={o.value} class="choice">
            <input type="radio" name={name} value={o.value} defaultChecked={value === o.value} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Reads the form into a query: the URL is the single source of truth for a search. */
function readForm(form: HTMLFormElement): FindQuery {
  const f = new FormData(form);
  const get = (k: string) => String(f.get(k) ?? '');
  return {
    ...EMPTY_QUERY,
    q: get('q').trim(),
    near: get('near').trim(),
    radius: (get('radius') || EMPTY_QUERY.radius) as FindQuery['radius'],
    topic: get('topic'),
    open: get('open') as FindQuery['open'],
    free: f.get('free') === '1',
    for: get('for') as FindQuery['for'],
    how: get('how') as FindQuery['how'],
    stepFree: f.get('stepfree') === '1',
    sort: get('sort') as FindQuery['sort'],
  };
}

export function SearchForm({ query, topics, onSearch }: { query: FindQuery; topics: Topic[]; onSearch: (params: URLSearchParams) => void }) {
  const t = useT();
  const form = useRef<HTMLFormElement>(null);
  const [near, setNear] = useState(query.near);
  const submit = (e?: Event) => {
    e?.preventDefault();
    if (form.current) onSearch(queryToParams(readForm(form.current)));
  };
  // Choices apply as soon as they change; typed words wait for the Search button.
  const onChange = (e: Event) => {
    const el = e.target as HTMLInputElement;
    if (el.type === 'radio' || el.type === 'checkbox' || el.tagName === 'SELECT') submit();
  };
  return (
    <form ref={form} class="search-form" action="/services" method="get" role="search" onSubmit={submit} onChange={onChange}>
      <div class="field">
        <label class="label" for="find-q">
          {t('services.what')}
        </label>
        <p class="hint" id="find-q-hint">
          {t('services.whatHint')}
        </p>
        <input id="find-q" class="input" type="search" name="q" defaultValue={query.q} aria-describedby="find-q-hint" autocomplete="off" />
      </div>
      <div class="field">
        <label class="label" for="find-near">
          {t('services.where')}
        </label>
        <p class="hint" id="find-near-hint">
          {t('services.whereHint')}
        </p>
        <div class="search-row">
          <input id="find-near" class="input input--short" type="text" name="near" value={near} onInput={(e) => setNear((e.target as HTMLInputElement).value)} aria-describedby="find-near-hint" autocomplete="postal-code" />
          <LocationButton
            onLocated={(lat, lng) => {
              setNear(`${lat.toFixed(5)},${lng.toFixed(5)}`);
              setTimeout(() => submit());
            }}
          />
        </div>
      </div>
      <Radios name="radius" legend={t('services.howFar')} value={query.radius} options={RADIUS_CHOICES.map((r) => ({ value: r.id, label: t(r.key) }))} />
      <p>
        <button class="button" type="submit">
          <Icon name="search" />
          {t('home.search')}
        </button>
      </p>
      <details class="filters" open={!!(query.topic || query.open || query.free || query.for || query.how || query.stepFree || query.sort)}>
        <summary class="filters__summary">{t('services.filters')}</summary>
        <div class="field">
          <label class="label" for="find-topic">
            {t('services.topic')}
          </label>
          <select id="find-topic" class="input" name="topic" defaultValue={query.topic}>
            <option value="">{t('services.anyTopic')}</option>
            {topics.map((tp) => (
              <option key={tp.id} value={tp.id}>
                {tp.label}
              </option>
            ))}
          </select>
        </div>
        <Radios name="for" legend={t('services.whoFor')} value={query.for} options={[{ value: '', label: t('services.forAnyone') }, { value: 'me', label: t('services.forMe') }, { value: 'carer', label: t('services.forCarer') }, { value: 'dementia', label: t('services.forDementia') }]} />
        <Radios name="open" legend={t('services.when')} value={query.open} options={[{ value: '', label: t('services.anyTime') }, { value: 'now', label: t('services.openNow') }, { value: 'week', label: t('services.openWeek') }]} />
        <Radios name="how" legend={t('services.how')} value={query.how} options={[{ value: '', label: t('services.anyWay') }, { value: 'in_person', label: t('services.inPerson') }, { value: 'phone', label: t('services.byPhone') }, { value: 'online', label: t('services.online') }]} />
        <fieldset class="fieldset">
          <legend class="visually-hidden">{t('services.filters')}</legend>
          <div class="choices">
            <label class="choice">
              <input type="checkbox" name="free" value="1" defaultChecked={query.free} />
              <span>{t('services.freeOnly')}</span>
            </label>
            <label class="choice">
              <input type="checkbox" name="stepfree" value="1" defaultChecked={query.stepFree} />
              <span>{t('services.stepFreeOnly')}</span>
            </label>
          </div>
        </fieldset>
        <div class="field">
          <label class="label" for="find-sort">
            {t('services.sort')}
          </label>
          <select id="find-sort" class="input" name="sort" defaultValue={query.sort}>
            <option value="">{t('services.sortMatch')} / {t('services.sortNearest')}</option>
            <option value="nearest">{t('services.sortNearest')}</option>
            <option value="match">{t('services.sortMatch')}</option>
            <option value="checked">{t('services.sortChecked')}</option>
            <option value="az">{t('services.sortAz')}</option>
          </select>
        </div>
      </details>
    </form>
  );
}
