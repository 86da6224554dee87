import { useEffect, useState } from 'preact/hooks';

type Matrix = boolean[][];

/** The encoder is loaded only when a code is shown, so it costs the first page nothing. */
async function encodeText(text: string): Promise<Matrix | undefined> {
  const { encode } = await import('uqr');
  try {
    // Bytes, not a string: uqr's own UTF-8 step throws on a lone surrogate; TextEncoder replaces it.
    return encode([...new TextEncoder().encode(text)], { ecc: 'M', border: 0, maxVersion: 25 }).data;
  } catch {
    return undefined;
  }
}

/** Dark runs of a row as [x, width], so a 97×97 code is hundreds of rects, not thousands. */
function runs(row: boolean[]): [number, number][] {
  const out: [number, number][] = [];
  for (let x = 0; x < row.length; x++) {
    if (!row[x]) continue;
    const start = x;
    while (row[x + 1]) x++;
    out.push([start, x - start + 1]);
  }
  return out;
}

const QUIET = 4;

/**
 * A QR code drawn as SVG rects from the encoder's matrix (no markup strings), always black on
 * white with the standard four-module margin, whatever the colour theme: cameras need the contrast.
 */
export function QrCode({ text, label, class: cls }: { text: string; label: string; class?: string }) {
  const [matrix, setMatrix] = useState<Matrix | undefined>();
  useEffect(() => {
    let live = true;
    void encodeText(text).then((m) => live && setMatrix(m));
    return () => {
      live = false;
    };
  }, [text]);
  if (!matrix) return null;
  const size = matrix.length + QUIET * 2;
  return (
    <svg class={`qr ${cls ?? ''}`} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges" data-modules={matrix.length}>
      <rect width={size} height={size} fill="#ffffff" />
      {matrix.map((row, y) => runs(row).map(([x, w]) => <rect key={`${y}-${x}`} x={x + QUIET} y={y + QUIET} width={w} height={1} fill="#000000" />))}
    </svg>
  );
}
