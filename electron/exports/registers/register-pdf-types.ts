export interface RegisterPdfOptions {
  onProgress?: (done: number, total: number) => void;
  isCancelled?: () => boolean;
  /** Lines per Chromium part (the fallback path only). */
  partLines?: number;
}

export interface RegisterPdf {
  pdf: Buffer;
  pages: number;
}
