/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string | number | null | undefined): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * The serif stack of every printout: Times New Roman where installed (Windows), Tinos or Liberation
 * Serif 2 otherwise (both carry every Vietnamese glyph; TOOLCHAIN.md on fonts).
 */
export const SERIF_STACK = '"Times New Roman", Tinos, "Liberation Serif", serif';
