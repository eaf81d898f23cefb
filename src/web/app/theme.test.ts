import { DEFAULT_THEME, luminance, mergeMantineTheme, toRgba } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { cssVariablesResolver, theme } from './theme.ts';

// The tokens' colour pairs, checked against WCAG AA (4.5:1 for text of any size) in both schemes.
const merged = mergeMantineTheme(DEFAULT_THEME, theme);
const resolved = cssVariablesResolver(merged);

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A colour with alpha (rgba) laid over an opaque background, as the screen shows it. */
function over(color: string, background: string): string {
  const top = toRgba(color);
  const bottom = toRgba(background);
  const mixed = (a: number, b: number) => Math.round(a * top.a + b * (1 - top.a));
  return `rgb(${mixed(top.r, bottom.r)}, ${mixed(top.g, bottom.g)}, ${mixed(top.b, bottom.b)})`;
}

function hex(scheme: 'light' | 'dark', name: string): string {
  const values: Record<string, string | undefined> = { ...resolved.variables, ...resolved[scheme] };
  const value = values[name];
  if (!value || !/^(#|rgb)/.test(value))
    throw new Error(`${name} is not a colour of its own: ${value}`);
  return value;
}

const HUES = ['blue', 'red', 'green', 'orange', 'yellow', 'gray', 'teal', 'violet', 'grape'];
const colors = merged.colors;

describe('theme tokens: contrast (WCAG AA)', () => {
  const light = {
    surfaces: [hex('light', '--mantine-color-body'), hex('light', '--parley-canvas')],
    tints: [colors.blue[1], hex('light', '--mantine-color-blue-light-hover')],
  };
  const dark = {
    surfaces: [colors.dark[6], colors.dark[7], hex('dark', '--parley-canvas')],
  };

  it('body, dimmed and link text read on every surface and on the accent’s tints', () => {
    for (const name of [
      '--mantine-color-text',
      '--mantine-color-dimmed',
      '--mantine-color-anchor',
    ]) {
      for (const bg of [...light.surfaces, ...light.tints]) {
        expect(contrast(hex('light', name), bg), `${name} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
      for (const bg of dark.surfaces) {
        expect(contrast(hex('dark', name), bg), `${name} on ${bg} (dark)`).toBeGreaterThanOrEqual(
          4.5,
        );
      }
    }
  });

  it('every hue’s filled colour carries white text, in both schemes', () => {
    for (const hue of HUES) {
      for (const scheme of ['light', 'dark'] as const) {
        const filled = hex(scheme, `--mantine-color-${hue}-filled`);
        expect(contrast('#ffffff', filled), `${hue} filled (${scheme})`).toBeGreaterThanOrEqual(
          4.5,
        );
      }
    }
  });

  it('every hue’s text colour reads on the surfaces, and on its own tint and hover', () => {
    for (const hue of HUES) {
      const ink = hex('light', `--mantine-color-${hue}-text`);
      const tint = colors[hue]![1];
      const hover = hex('light', `--mantine-color-${hue}-light-hover`);
      for (const bg of [...light.surfaces, tint, hover]) {
        expect(contrast(ink, bg), `${hue} text on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
      const darkInk = hex('dark', `--mantine-color-${hue}-text`);
      for (const bg of dark.surfaces) {
        expect(contrast(darkInk, bg), `${hue} text on ${bg} (dark)`).toBeGreaterThanOrEqual(4.5);
      }
      // Dark light badges and buttons: the palest shade on the hue's wash over each surface.
      const darkTintInk = hex('dark', `--mantine-color-${hue}-light-color`);
      for (const wash of ['light', 'light-hover']) {
        for (const surface of dark.surfaces) {
          const bg = over(hex('dark', `--mantine-color-${hue}-${wash}`), surface);
          expect(contrast(darkTintInk, bg), `${hue} ${wash} (dark)`).toBeGreaterThanOrEqual(4.5);
        }
      }
    }
  });
});
