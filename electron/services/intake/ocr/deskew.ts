import type { GrayImage } from './gray-image';

/**
 * Page orientation from the ink alone (no OSD data exists for Vietnamese in tesseract.js): the skew
 * angle that makes text lines sharpest in the row projection, and whether the lines run vertically
 * (the page is on its side). Works on a reduced copy, so it costs a few tens of milliseconds.
 */

export interface Orientation {
  /** Skew of the text lines in degrees; rotate by −skew to straighten (positive = clockwise on the page). */
  skewDegrees: number;
  /** Text lines run top to bottom: the page needs a quarter turn. */
  isSideways: boolean;
}

const MAX_SKEW = 5;
const MAX_POINTS = 150_000;

export function detectOrientation(image: GrayImage): Orientation {
  const points = inkPoints(image);
  if (points.xs.length < 200) return { skewDegrees: 0, isSideways: false };
  let best = 0;
  let bestScore = -1;
  for (let a = -MAX_SKEW; a <= MAX_SKEW + 1e-9; a += 0.25) {
    const s = projectionScore(points, a, false);
    if (s > bestScore) [best, bestScore] = [a, s];
  }
  const coarse = best;
  for (let a = coarse - 0.25; a <= coarse + 0.25 + 1e-9; a += 0.05) {
    const s = projectionScore(points, a, false);
    if (s > bestScore) [best, bestScore] = [a, s];
  }
  const rows = peakiness(points, 0, false);
  const columns = peakiness(points, 0, true);
  return { skewDegrees: Math.round(best * 100) / 100, isSideways: columns > 1.3 * rows };
}

interface Points {
  xs: Float32Array;
  ys: Float32Array;
  width: number;
  height: number;
}

/** Dark pixels of a reduced copy (about 1000 px on the long side), thresholded with Otsu's method. */
function inkPoints(image: GrayImage): Points {
  const factor = Math.max(1, Math.floor(Math.max(image.width, image.height) / 1000));
  const width = Math.floor(image.width / factor);
  const height = Math.floor(image.height / factor);
  const small = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = 0; dy < factor; dy++) {
        const row = (y * factor + dy) * image.width + x * factor;
        for (let dx = 0; dx < factor; dx++) sum += image.data[row + dx] ?? 255;
      }
      small[y * width + x] = sum / (factor * factor);
    }
  }
  const threshold = otsu(small);
  let count = 0;
  for (const v of small) if (v < threshold) count++;
  const step = Math.max(1, Math.ceil(count / MAX_POINTS));
  const xs = new Float32Array(Math.ceil(count / step));
  const ys = new Float32Array(xs.length);
  let seen = 0;
  let n = 0;
  for (let i = 0; i < small.length && n < xs.length; i++) {
    if ((small[i] ?? 255) >= threshold) continue;
    if (seen++ % step !== 0) continue;
    xs[n] = (i % width) - width / 2;
    ys[n] = Math.floor(i / width) - height / 2;
    n++;
  }
  return { xs: xs.subarray(0, n), ys: ys.subarray(0, n), width, height };
}

function otsu(values: Uint8Array): number {
  const histogram = new Float64Array(256);
  for (const v of values) histogram[v] = (histogram[v] ?? 0) + 1;
  let total = 0;
  for (let i = 0; i < 256; i++) total += i * (histogram[i] ?? 0);
  let weightBack = 0;
  let sumBack = 0;
  let best = 0;
  let threshold = 128;
  for (let t = 0; t < 256; t++) {
    weightBack += histogram[t] ?? 0;
    if (weightBack === 0) continue;
    const weightFore = values.length - weightBack;
    if (weightFore === 0) break;
    sumBack += t * (histogram[t] ?? 0);
    const meanBack = sumBack / weightBack;
    const meanFore = (total - sumBack) / weightFore;
    const between = weightBack * weightFore * (meanBack - meanFore) ** 2;
    if (between > best) [best, threshold] = [between, t + 1];
  }
  // A blank or nearly blank page has no real ink: keep only clearly dark pixels.
  return Math.min(threshold, 200);
}

function histogramOf(points: Points, degrees: number, isColumns: boolean): Float64Array {
  const radians = (degrees * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const size = points.width + points.height + 2;
  const bins = new Float64Array(size);
  const half = size / 2;
  for (let i = 0; i < points.xs.length; i++) {
    const x = points.xs[i] ?? 0;
    const y = points.ys[i] ?? 0;
    const coordinate = isColumns ? x * cos + y * sin : y * cos - x * sin;
    const bin = Math.floor(coordinate + half);
    bins[bin] = (bins[bin] ?? 0) + 1;
  }
  return bins;
}

function projectionScore(points: Points, degrees: number, isColumns: boolean): number {
  let score = 0;
  for (const v of histogramOf(points, degrees, isColumns)) score += v * v;
  return score;
}

/** Sum of squares relative to ink spread evenly over the occupied range: 1 = flat, higher = banded. */
function peakiness(points: Points, degrees: number, isColumns: boolean): number {
  const bins = histogramOf(points, degrees, isColumns);
  let first = -1;
  let last = -1;
  let squares = 0;
  for (let i = 0; i < bins.length; i++) {
    const v = bins[i] ?? 0;
    if (v > 0) {
      if (first < 0) first = i;
      last = i;
    }
    squares += v * v;
  }
  const n = points.xs.length;
  return (squares * (last - first + 1)) / (n * n);
}
