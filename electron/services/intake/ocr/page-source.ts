import type { GrayImage } from './gray-image';

/** A document's pages as grey rasters, loaded one at a time so a long file never sits in memory whole. */
export interface PageSource {
  pageCount: number;
  /** 1-based. `dpi` is the raster's resolution when known. */
  page(number: number): Promise<{ image: GrayImage; dpi: number | null }>;
  close(): Promise<void>;
}
