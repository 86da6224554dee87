import { useState } from 'preact/hooks';
import { useT } from '../i18n/index.ts';
import type { SavedItem, SavedList } from '../storage/index.ts';
import type { SavedState } from './store.ts';
import { listName } from './describe.ts';
import { QR_MAX_BYTES, takeawayText, type TakeawayWords } from './takeaway-text.ts';
import { QrCode } from './QrCode.tsx';

type T = ReturnType<typeof useT>;

export function takeawayWords(t: T): TakeawayWords {
  return { tel: (number) => t('saved.qrTel', { number }), guide: (title) => t('saved.qrGuide', { title }), more: (count) => t('saved.qrMore', { count }) };
}

export function qrHeading(list: SavedList, t: T): string {
  return t('saved.qrHeading', { list: listName(list, t), app: t('app.name') });
}

/** Print, QR code and Share for the list on show. Share appears only where the device offers it. */
export function TakeAway({ list, items }: { state: SavedState; list: SavedList; items: SavedItem[] }) {
  const t = useT();
  const [showQr, setShowQr] = useState(false);
  const [message, setMessage] = useState('');
  const words = takeawayWords(t);
  const qr = takeawayText(qrHeading(list, t), items, words, QR_MAX_BYTES);
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  const share = async () => {
    try {
      await navigator.share({ title: listName(list, t), text: takeawayText(qrHeading(list, t), items, words).text });
      setMessage(t('saved.shared'));
    } catch (e) {
      // Closing the share sheet is a choice, not an error.
      if ((e as { name?: string })?.name !== 'AbortError') setMessage(t('saved.shareFailed'));
    }
  };
  return (
    <section class="takeaway" aria-labelledby="takeaway-title">
      <h3 id="takeaway-title">{t('saved.takeawayTitle')}</h3>
      <p class="hint">{t('saved.takeawayHint')}</p>
      <div class="button-row">
        <button type="button" class="button" onClick={() => window.print()}>
          {t('saved.print')}
        </button>
        <button type="button" class="button button--secondary" aria-expanded={showQr} aria-controls="saved-qr" onClick={() => setShowQr(!showQr)}>
          {showQr ? t('saved.hideQr') : t('saved.showQr')}
        </button>
        {canShare && (
          <button type="button" class="button button--secondary" onClick={share}>
            {t('saved.share')}
          </button>
        )}
      </div>
      <div id="saved-qr" class="qr-panel" hidden={!showQr}>
        {showQr && (
          <>
            <p>{t('saved.qrHint')}</p>
            {qr.shown < items.length && <p>{t('saved.qrPartial', { shown: qr.shown, count: items.length })}</p>}
            <QrCode text={qr.text} label={t('saved.qrLabel', { list: listName(list, t) })} class="qr--screen" />
          </>
        )}
      </div>
      <p role="status" class="save__status">
        {message}
      </p>
    </section>
  );
}
