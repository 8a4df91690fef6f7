// WCAG contrast between colours as a page computes them. Computed colours come back in whatever
// space the CSS used (rgb(), oklch() from Tailwind's palette…), so the page paints each on a 1×1
// canvas and reads the pixel back as sRGB bytes.
import type { Locator } from "playwright-core";

export type Rgb = [number, number, number];

/** The computed `color` of an element and the background colour of its nearest ancestor (or
 * itself) matching `surface`, as sRGB bytes. */
export async function textAndSurface(element: Locator, surface: string): Promise<{ text: Rgb; background: Rgb }> {
  return element.evaluate((node, selector) => {
    const toRgb = (colour: string): [number, number, number] => {
      const context = document.createElement("canvas").getContext("2d")!;
      context.fillStyle = colour;
      context.fillRect(0, 0, 1, 1);
      const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
      return [r!, g!, b!];
    };
    const behind = node.closest(selector) ?? node;
    return { text: toRgb(getComputedStyle(node).color), background: toRgb(getComputedStyle(behind).backgroundColor) };
  }, surface);
}

const channel = (byte: number) => {
  const value = byte / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: Rgb) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

/** WCAG 2 contrast ratio, 1 to 21; body text wants at least 4.5. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
