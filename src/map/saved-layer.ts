/**
 * Raster tiles from the PMTiles archive saved on the device (offline-archive.ts), read with the
 * pmtiles library straight from the stored Blob: slicing a Blob reads only those bytes, so a
 * large regional archive is never loaded into memory whole.
 */
import * as L from 'leaflet';
import { PMTiles, TileType, type Source } from 'pmtiles';

export interface SavedMapLayer {
  layer: L.GridLayer;
  /** Whether the archive has tiles for (the middle of) this view. */
  covers(bounds: L.LatLngBounds): boolean;
}

const MIME: Partial<Record<TileType, string>> = {
  [TileType.Png]: 'image/png',
  [TileType.Jpeg]: 'image/jpeg',
  [TileType.Webp]: 'image/webp',
  [TileType.Avif]: 'image/avif',
};

class BlobSource implements Source {
  constructor(
    private readonly blob: Blob,
    private readonly key: string,
  ) {}

  getKey(): string {
    return this.key;
  }

  async getBytes(offset: number, length: number) {
    return { data: await this.blob.slice(offset, offset + length).arrayBuffer() };
  }
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** undefined when the archive is not raster tiles this map can draw (vector archives need a renderer). */
export async function savedMapLayer(blob: Blob, key: string): Promise<SavedMapLayer | undefined> {
  const archive = new PMTiles(new BlobSource(blob, key));
  const header = await archive.getHeader();
  const type = MIME[header.tileType];
  if (!type) return undefined;
  const meta = (await archive.getMetadata().catch(() => ({}))) as { attribution?: unknown };
  const bounds = L.latLngBounds([header.minLat, header.minLon], [header.maxLat, header.maxLon]);

  const Layer = L.GridLayer.extend({
    createTile(coords: L.Coords, done: L.DoneCallback): HTMLElement {
      const img = document.createElement('img');
      img.alt = '';
      img.setAttribute('role', 'presentation');
      archive.getZxy(coords.z, coords.x, coords.y).then(
        (tile) => {
          if (!tile) return done(undefined, img);
          const url = URL.createObjectURL(new Blob([tile.data], { type }));
          img.onload = img.onerror = () => {
            URL.revokeObjectURL(url);
            done(undefined, img);
          };
          img.src = url;
        },
        (e: Error) => done(e, img),
      );
      return img;
    },
  }) as new (options: L.GridLayerOptions) => L.GridLayer;

  const layer = new Layer({
    minZoom: 0,
    maxNativeZoom: header.maxZoom,
    minNativeZoom: header.minZoom,
    bounds,
    // Under the configured tiles: they win wherever they load, this fills in where they fail.
    zIndex: 1,
    attribution: typeof meta.attribution === 'string' ? escapeHtml(meta.attribution.replace(/<[^>]*>/g, '')) : undefined,
  });
  return { layer, covers: (view) => bounds.contains(view.getCenter()) };
}
