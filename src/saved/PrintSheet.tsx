import type { Service } from '../core/model.ts';
import { formatDate, useT } from '../i18n/index.ts';
import type { SavedItem, SavedList } from '../storage/index.ts';
import type { SavedState } from './store.ts';
import { address, formatWhen, itemName, listName, phoneNumbers } from './describe.ts';
import { nextSessionStart, useScheduleEngine } from './schedule.ts';
import { QR_MAX_BYTES, takeawayText } from './takeaway-text.ts';
import { qrHeading, takeawayWords } from './TakeAway.tsx';
import { QrCode } from './QrCode.tsx';

/**
 * The large-print sheet: hidden on screen, and on paper the only thing printed (saved.css). Name,
 * phone, address, opening times and the next session (a date, not "open now": paper is read
 * later), the person's own date, status and notes, then the QR code.
 */
export function PrintSheet({ state, list, items, engine }: { state: SavedState; list: SavedList; items: SavedItem[]; engine: ReturnType<typeof useScheduleEngine> }) {
  const t = useT();
  const locale = document.documentElement.lang || 'en-GB';
  const qr = takeawayText(qrHeading(list, t), items, takeawayWords(t), QR_MAX_BYTES);
  return (
    <section class="print-sheet" aria-labelledby="print-sheet-title">
      <h2 id="print-sheet-title">{listName(list, t)}</h2>
      <p>{t('saved.printFrom', { app: t('app.name'), date: formatDate(new Date().toISOString()) })}</p>
      <ol class="print-sheet__items">
        {items.map((item) => {
          const service = item.kind === 'service' ? (item.record as Service) : undefined;
          const next = service && nextSessionStart(engine, service);
          const when = service?.schedules?.map((s) => s.description?.trim()).filter(Boolean).join('. ');
          const entry = state.tracker.get(item.id);
          const note = state.notes.get(item.id)?.text;
          const where = address(item);
          return (
            <li key={item.id}>
              <h3>{itemName(item)}</h3>
              {!service && <p>{t('saved.guide')}</p>}
              {phoneNumbers(item).map((n) => (
                <p key={n}>{t('saved.phone', { number: n })}</p>
              ))}
              {where && <p>{t('saved.address', { address: where })}</p>}
              {when && <p>{t('saved.printWhen', { when })}</p>}
              {next && <p>{t('saved.nextOpening', { when: formatWhen(`${next.date}T${next.time}`, locale) })}</p>}
              {entry && <p>{t(`saved.status.${entry.status}`)}</p>}
              {entry?.next && <p>{t('saved.yourNext', { when: formatWhen(entry.next, locale) })}</p>}
              {note && <p class="prewrap">{t('saved.yourNote', { note })}</p>}
            </li>
          );
        })}
      </ol>
      <div class="print-sheet__qr">
        <QrCode text={qr.text} label={t('saved.qrLabel', { list: listName(list, t) })} class="qr--print" />
        <p>{t('saved.qrPrintHint')}</p>
        {qr.shown < items.length && <p>{t('saved.qrPartial', { shown: qr.shown, count: items.length })}</p>}
      </div>
    </section>
  );
}
