import { useState } from 'preact/hooks';
import { useT } from '../i18n/index.ts';
import { QrCode } from '../saved/QrCode.tsx';
import { ToolIcon } from './ToolIcon.tsx';

export function guideUrl(slug: string): string {
  return `${location.origin}/resources/${encodeURIComponent(slug)}`;
}

export function PrintButton() {
  const t = useT();
  return (
    <button type="button" class="button button--secondary" onClick={() => window.print()}>
      <ToolIcon name="print" />
      {t('resources.print')}
    </button>
  );
}

/** On screen, on request: a code a visitor can scan to carry the guide away on their own phone. */
export function PhoneQr({ slug, title }: { slug: string; title: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details class="guide-qr-screen" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary class="guide-qr-screen__summary">
        <ToolIcon name="qr" />
        {t('resources.qrShow')}
      </summary>
      <p>{t('resources.qrHint')}</p>
      {open && <QrCode text={guideUrl(slug)} label={t('resources.qrLabel', { title })} class="guide-qr__code" />}
    </details>
  );
}

/** Printed only: the code and the address under it, so the paper leads back to the guide. */
export function PrintQr({ slug, title }: { slug: string; title: string }) {
  const t = useT();
  const url = guideUrl(slug);
  return (
    <figure class="guide-print-qr">
      <QrCode text={url} label={t('resources.qrLabel', { title })} class="guide-qr__code" />
      <figcaption>
        {t('resources.qrCaption')} <span class="guide-print-qr__url">{url}</span>
      </figcaption>
    </figure>
  );
}
