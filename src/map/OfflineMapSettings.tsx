/**
 * "Prepare this tablet for offline use" in Settings: shows the download size first, then a
 * progress bar with Cancel; afterwards says what is stored and offers to remove it. Renders
 * nothing unless data/config.json names an offline map (map.offline_map).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useDataset } from '../dataset/index.ts';
import { useT } from '../i18n/index.ts';
import { archiveSize, canSaveMap, DownloadFailure, downloadArchive, removeArchive, savedArchive, offlineMapUrl, type SavedArchive } from './offline-archive.ts';
import { formatBytes } from '../ui/format-bytes.ts';

type State = { kind: 'checking' } | { kind: 'unsupported' } | { kind: 'ready'; size?: number } | { kind: 'downloading'; done: number; total?: number } | { kind: 'saved'; archive: SavedArchive };

export function OfflineMapSettings() {
  const dataset = useDataset();
  const config = dataset.status === 'ready' ? dataset.data.manifest.config : undefined;
  const url = offlineMapUrl(config);
  return url && config ? <OfflineMap url={url} area={config.area_name} /> : null;
}

function OfflineMap({ url, area }: { url: string; area: string }) {
  const t = useT();
  const [state, setState] = useState<State>({ kind: 'checking' });
  const [message, setMessage] = useState('');
  const abort = useRef<AbortController | undefined>(undefined);

  useEffect(() => {
    if (!canSaveMap()) return setState({ kind: 'unsupported' });
    const ask = new AbortController();
    void (async () => {
      const archive = await savedArchive();
      if (archive) return setState({ kind: 'saved', archive });
      const size = await archiveSize(url, ask.signal).catch(() => undefined);
      if (!ask.signal.aborted) setState({ kind: 'ready', size });
    })();
    return () => {
      ask.abort();
      abort.current?.abort();
    };
  }, [url]);

  const download = async () => {
    const ctl = new AbortController();
    abort.current = ctl;
    setMessage('');
    const size = state.kind === 'ready' ? state.size : undefined;
    setState({ kind: 'downloading', done: 0, total: size });
    try {
      const archive = await downloadArchive(url, { signal: ctl.signal, onProgress: (done, total) => setState({ kind: 'downloading', done, total: total ?? size }) });
      setState({ kind: 'saved', archive });
      // Said in the status region, so a screen reader hears that the long wait is over.
      setMessage(t('map.offline.saved', { area, size: formatBytes(archive.bytes) }));
    } catch (e) {
      setState({ kind: 'ready', size });
      setMessage(t(`map.offline.${e instanceof DownloadFailure ? e.reason : 'failed'}`));
    }
  };

  const remove = async () => {
    await removeArchive().catch(() => undefined);
    setState({ kind: 'ready', size: await archiveSize(url).catch(() => undefined) });
    setMessage(t('map.offline.removed'));
  };

  return (
    <section class="offline-map" aria-labelledby="offline-map-title">
      <h2 id="offline-map-title">{t('map.offline.title')}</h2>
      {state.kind === 'unsupported' && <p>{t('map.offline.unsupported')}</p>}
      {state.kind === 'ready' && (
        <>
          <p>{t('map.offline.intro', { area })}</p>
          <p>{state.size ? t('map.offline.size', { size: formatBytes(state.size) }) : t('map.offline.sizeUnknown')}</p>
          <button type="button" class="button" onClick={download}>
            {t('map.offline.download')}
          </button>
        </>
      )}
      {state.kind === 'downloading' && (
        <>
          <label class="label" for="offline-map-progress">
            {t('map.offline.progress')}
          </label>
          {/* style here is set through the CSSOM by Preact, which CSP style-src 'self' allows. */}
          <progress id="offline-map-progress" max={state.total} value={state.total ? state.done : undefined} style={{ display: 'block', width: '100%', maxWidth: '30rem', height: '1.5rem' }} />
          <p>{state.total ? t('map.offline.progressText', { done: formatBytes(state.done), total: formatBytes(state.total) }) : t('map.offline.progressTextUnknown', { done: formatBytes(state.done) })}</p>
          <button type="button" class="button button--secondary" onClick={() => abort.current?.abort()}>
            {t('map.offline.cancel')}
          </button>
        </>
      )}
      {state.kind === 'saved' && (
        <>
          {!message && <p>{t('map.offline.saved', { area, size: formatBytes(state.archive.bytes) })}</p>}
          <button type="button" class="button button--secondary" onClick={remove}>
            {t('map.offline.remove')}
          </button>
        </>
      )}
      <p role="status">
        {message}
      </p>
    </section>
  );
}
