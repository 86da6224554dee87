import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n/index.ts';

/**
 * A component whose code loads on first use, so parts shown on every page (the community-centre
 * bar, "What's next") cost the first page's JavaScript budget only a few bytes. The chunk is
 * precached, so this works offline too. `quiet` parts show nothing while loading or on failure;
 * others say "Loading…" and, if the chunk cannot load, offer Try again.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, quiet = false): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  return function Lazy(props: P) {
    const t = useT();
    const [, setTick] = useState(0);
    const [failed, setFailed] = useState(false);
    const start = () => {
      setFailed(false);
      pending ??= load().then((c) => (loaded = c));
      pending.then(
        () => setTick((n) => n + 1),
        () => {
          pending = undefined;
          setFailed(true);
        },
      );
    };
    useEffect(() => {
      // Another instance may have loaded it since this one first rendered.
      if (!loaded) start();
      else setTick((n) => n + 1);
    }, []);
    if (loaded) return h(loaded, props);
    if (quiet) return null;
    if (failed) {
      return (
        <div class="error-box" role="alert">
          <p>{t('app.loadError')}</p>
          <button type="button" class="button" onClick={start}>
            {t('app.tryAgain')}
          </button>
        </div>
      );
    }
    return (
      <p role="status" class="loading">
        {t('app.loading')}
      </p>
    );
  };
}
