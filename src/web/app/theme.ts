import {
  ActionIcon,
  Alert,
  alpha,
  Badge,
  Button,
  Card,
  Checkbox,
  CloseButton,
  createTheme,
  darken,
  DEFAULT_THEME,
  defaultVariantColorsResolver,
  luminance,
  Input,
  lighten,
  Menu,
  NavLink,
  Paper,
  Radio,
  rem,
  Switch,
  Table,
  Tabs,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type MantineThemeColors,
  type VariantColorsResolver,
} from '@mantine/core';

// The design tokens. A small set on purpose: one accent, cool neutrals, a 4 px spacing rhythm, a
// type scale of five sizes and calm headings, soft corners. Every colour pair the app draws is
// checked below against WCAG AA (4.5:1) in both schemes, so a new screen cannot pick a failing one.

/** Parley blue, the one accent: a deep, quiet blue (OKLCH hue 250), light to dark. */
const parleyBlue: MantineColorsTuple = [
  '#eef6fe',
  '#d9eafc',
  '#b9d4f1',
  '#93b8e0',
  '#6f9ccb',
  '#4f81b4',
  '#386ca0',
  '#295b8b',
  '#1c4770',
  '#133555',
];

/** The dark scheme's surfaces and text, slate with a trace of the accent's hue. */
const slate: MantineColorsTuple = [
  '#d9dfe5', // text
  '#b2b8bf',
  '#a3aab2', // dimmed text
  '#6b737b', // placeholders
  '#3a434d', // borders
  '#2b333c', // hover
  '#1f2730', // cards, inputs
  '#161d25', // surfaces (header, panels)
  '#10161c', // the page behind them
  '#0b1015',
];

const tokens = {
  /** The page behind surfaces (cards, tables, header), one step off white or black. */
  canvas: { light: '#f3f5f8', dark: slate[8] },
  surface: { light: '#ffffff', dark: slate[7] },
  text: { light: '#1b1f24', dark: slate[0] },
  dimmed: { light: '#56606a', dark: slate[2] },
  border: { light: '#d5dae0', dark: slate[4] },
} as const;

/** The header's one row, at every width (Layout.tsx); the menu's height is measured from it. */
export const HEADER_HEIGHT = 56;

const AA = 4.5;

const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** The first of the candidates that reads at AA on the background, else the last darkened until it does. */
function firstReadable(candidates: string[], background: string, towards: 'dark' | 'light') {
  const found = candidates.find((c) => contrast(c, background) >= AA);
  if (found) return found;
  let color = candidates.at(-1) ?? '#000';
  for (let step = 0; step < 20 && contrast(color, background) < AA; step++) {
    color = towards === 'dark' ? darken(color, 0.08) : lighten(color, 0.15);
  }
  return color;
}

const colors: MantineThemeColors = {
  ...DEFAULT_THEME.colors,
  // The accent replaces Mantine's blue, so that every blue badge and link speaks the same colour.
  blue: parleyBlue,
  dark: slate,
};

/** Per hue: what carries white text (filled), and what reads as text on each scheme's surfaces. */
function shadesOf(palette: MantineColorsTuple) {
  const fromMiddle = [palette[6], palette[7], palette[8], palette[9]];
  const filled = firstReadable(fromMiddle, '#ffffff', 'dark');
  // Light scheme: the hue's pale tint (light badges, alerts, the active link) and its hover,
  // one step darker: Mantine's default hover (shade 2) leaves dimmed text below AA.
  const lightHover = darken(palette[1], 0.04);
  return {
    filled,
    filledHover: darken(filled, 0.12),
    lightHover,
    // Light scheme: text on white, the canvas, the pale tint and its hover.
    inkLight: firstReadable(fromMiddle, lightHover, 'dark'),
    // Dark scheme: text on the darkest cards.
    inkDark: firstReadable(
      [palette[4], palette[3], palette[2], palette[1], palette[0]],
      slate[6],
      'light',
    ),
  };
}

const HUES = Object.keys(colors).filter((name) => name !== 'dark');

// Every filled surface carries white text: the resolver's filled colours are chosen to allow it.
const variantColorResolver: VariantColorsResolver = (input) => {
  const base = defaultVariantColorsResolver(input);
  if (input.variant === 'filled') return { ...base, color: 'var(--mantine-color-white)' };
  return base;
};

export const theme = createTheme({
  colors,
  primaryColor: 'blue',
  primaryShade: { light: 7, dark: 6 },
  variantColorResolver,
  white: tokens.surface.light,
  black: tokens.text.light,
  // Arabic letters come from Noto Naskh Arabic (global.css, for Arabic code points only); the
  // rest from the device's own interface font, which costs no download.
  fontFamily:
    "'Parley Naskh', system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  fontFamilyMonospace:
    "ui-monospace, 'SFMono-Regular', 'Cascadia Mono', 'Liberation Mono', monospace",
  fontSizes: { xs: rem(12), sm: rem(14), md: rem(16), lg: rem(18), xl: rem(20) },
  lineHeights: { xs: '1.45', sm: '1.5', md: '1.6', lg: '1.6', xl: '1.6' },
  headings: {
    fontWeight: '600',
    textWrap: 'balance',
    sizes: {
      h1: { fontSize: rem(28), lineHeight: '1.25' },
      h2: { fontSize: rem(22), lineHeight: '1.3' },
      h3: { fontSize: rem(18), lineHeight: '1.4' },
      h4: { fontSize: rem(16), lineHeight: '1.45' },
      h5: { fontSize: rem(15), lineHeight: '1.45' },
      h6: { fontSize: rem(14), lineHeight: '1.45' },
    },
  },
  spacing: { xs: rem(8), sm: rem(12), md: rem(16), lg: rem(24), xl: rem(32) },
  radius: { xs: rem(2), sm: rem(4), md: rem(8), lg: rem(12), xl: rem(16) },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  shadows: {
    xs: '0 1px 2px rgba(16, 24, 40, 0.06)',
    sm: '0 1px 3px rgba(16, 24, 40, 0.08), 0 1px 2px rgba(16, 24, 40, 0.04)',
    md: '0 4px 12px rgba(16, 24, 40, 0.10)',
    lg: '0 12px 24px rgba(16, 24, 40, 0.12)',
    xl: '0 20px 40px rgba(16, 24, 40, 0.14)',
  },
  // The parley-touch-* classes make every control 44 px tall on touch screens (global.css).
  components: {
    ActionIcon: ActionIcon.extend({ classNames: { root: 'parley-touch-icon' } }),
    Alert: Alert.extend({
      // A notice, not an alarm: half the tint of a light badge, and a hairline in its hue.
      vars: (_theme, { color = 'blue', variant = 'light' }) =>
        variant !== 'light' || color.includes('.')
          ? { root: {} }
          : {
              root: {
                '--alert-bg': `color-mix(in srgb, var(--mantine-color-${color}-light) 50%, var(--mantine-color-body))`,
                '--alert-bd': `1px solid color-mix(in srgb, var(--mantine-color-${color}-light-color) 22%, transparent)`,
              },
            },
    }),
    Badge: Badge.extend({
      // Sentence case: capitals shout, and Arabic has none.
      styles: {
        root: { textTransform: 'none', fontWeight: 600, letterSpacing: 0, minWidth: 'max-content' },
      },
    }),
    Button: Button.extend({ classNames: { root: 'parley-touch-button' } }),
    Card: Card.extend({ defaultProps: { radius: 'lg', withBorder: true } }),
    Checkbox: Checkbox.extend({ classNames: { body: 'parley-touch-choice' } }),
    CloseButton: CloseButton.extend({ classNames: { root: 'parley-touch-icon' } }),
    Input: Input.extend({ classNames: { wrapper: 'parley-touch-input' } }),
    Menu: Menu.extend({
      defaultProps: { shadow: 'md', radius: 'md' },
      classNames: { item: 'parley-touch-row' },
    }),
    NavLink: NavLink.extend({
      classNames: { root: 'parley-touch-row' },
      // Mantine fades an active link's description, below AA on the active tint.
      styles: { description: { opacity: 1 } },
    }),
    Paper: Paper.extend({ defaultProps: { radius: 'lg' } }),
    Radio: Radio.extend({ classNames: { body: 'parley-touch-choice' } }),
    Switch: Switch.extend({ classNames: { body: 'parley-touch-choice' } }),
    Table: Table.extend({ defaultProps: { verticalSpacing: 'sm', horizontalSpacing: 'sm' } }),
    Tabs: Tabs.extend({
      classNames: { tab: 'parley-touch-row' },
      styles: { tab: { fontWeight: 500 } },
    }),
  },
});

function schemeVariables(scheme: 'light' | 'dark'): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const name of HUES) {
    const palette = colors[name];
    if (!palette) continue;
    const shades = shadesOf(palette);
    const ink = scheme === 'light' ? shades.inkLight : shades.inkDark;
    variables[`--mantine-color-${name}-filled`] = shades.filled;
    variables[`--mantine-color-${name}-filled-hover`] = shades.filledHover;
    variables[`--mantine-color-${name}-text`] = ink;
    variables[`--mantine-color-${name}-outline`] = ink;
    if (scheme === 'light') variables[`--mantine-color-${name}-light-hover`] = shades.lightHover;
    // Dark scheme: a translucent wash of the hue, where Mantine's near-black tint reads as a hole.
    if (scheme === 'dark') {
      variables[`--mantine-color-${name}-light`] = alpha(shades.filled, 0.24);
      variables[`--mantine-color-${name}-light-hover`] = alpha(shades.filled, 0.34);
      variables[`--mantine-color-${name}-light-color`] = palette[0];
    }
    if (scheme === 'light') variables[`--mantine-color-${name}-light-color`] = ink;
  }
  return variables;
}

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {
    '--parley-header-height': rem(HEADER_HEIGHT),
  },
  light: {
    ...schemeVariables('light'),
    '--parley-canvas': tokens.canvas.light,
    '--mantine-color-body': tokens.surface.light,
    '--mantine-color-text': tokens.text.light,
    '--mantine-color-dimmed': tokens.dimmed.light,
    '--mantine-color-default-border': tokens.border.light,
    '--mantine-color-placeholder': '#6b737b',
    '--mantine-color-anchor': parleyBlue[7],
    '--mantine-color-error': shadesOf(colors.red!).inkLight,
  },
  dark: {
    ...schemeVariables('dark'),
    '--parley-canvas': tokens.canvas.dark,
    '--mantine-color-body': tokens.surface.dark,
    '--mantine-color-text': tokens.text.dark,
    '--mantine-color-dimmed': tokens.dimmed.dark,
    '--mantine-color-default-border': tokens.border.dark,
    '--mantine-color-placeholder': slate[3],
    '--mantine-color-anchor': parleyBlue[3],
    '--mantine-color-error': shadesOf(colors.red!).inkDark,
    // Some screens name a dark shade for warning text (c="red.9"); on dark surfaces that shade
    // would not read, so in this scheme those names resolve to the readable ink of their hue.
    '--mantine-color-red-8': shadesOf(colors.red!).inkDark,
    '--mantine-color-red-9': shadesOf(colors.red!).inkDark,
    '--mantine-color-orange-9': shadesOf(colors.orange!).inkDark,
  },
});
