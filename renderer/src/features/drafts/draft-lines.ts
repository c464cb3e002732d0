/** Textareas edit lists one item per line; empty lines are dropped on the way back. */
export function toLines(items: readonly string[]): string {
  return items.join('\n');
}

export function fromLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
