/** A computed CSS colour, e.g. `rgb(27, 31, 35)` or `rgba(0, 0, 0, 0)`, as red, green, blue (0–255) and alpha. */
export function parseRgb(value: string): [number, number, number, number] {
  const match = value.match(/^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/);
  if (!match) throw new Error(`not an rgb() colour: ${value}`);
  const alphaText = match[4];
  const alpha = alphaText === undefined ? 1 : alphaText.endsWith('%') ? Number.parseFloat(alphaText) / 100 : Number(alphaText);
  return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
}

function relativeLuminance([red, green, blue]: [number, number, number, number]): number {
  const channel = (value: number) => {
    const srgb = value / 255;
    return srgb <= 0.03928 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue);
}

/** The WCAG contrast ratio of two opaque colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(foreground: string, background: string): number {
  const [lighter, darker] = [relativeLuminance(parseRgb(foreground)), relativeLuminance(parseRgb(background))].sort((a, b) => b - a);
  return (lighter! + 0.05) / (darker! + 0.05);
}
