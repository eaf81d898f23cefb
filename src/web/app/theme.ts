import {
  createTheme,
  darken,
  defaultVariantColorsResolver,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';

// Mantine's default shades are too light for small white or coloured text to reach
// WCAG AA (4.5:1). The darkest shade, darkened further for the bright hues, does.
const BRIGHT_HUES = new Set(['green', 'lime', 'yellow', 'orange', 'teal', 'cyan']);

const variantColorResolver: VariantColorsResolver = (input) => {
  const base = defaultVariantColorsResolver(input);
  const name = input.color ?? input.theme.primaryColor;
  const palette = input.theme.colors[name];
  if (!palette) return base;
  const strong = BRIGHT_HUES.has(name) ? darken(palette[9], 0.3) : palette[9];
  if (input.variant === 'filled') {
    return { ...base, background: strong, hover: darken(strong, 0.15), color: '#fff' };
  }
  if (input.variant === 'light' || input.variant === 'outline' || input.variant === 'subtle') {
    return {
      ...base,
      color: darken(strong, 0.1),
      border: input.variant === 'outline' ? `1px solid ${strong}` : base.border,
    };
  }
  return base;
};

export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 9, dark: 4 },
  variantColorResolver,
  defaultRadius: 'sm',
});

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-error': t.colors.red[9],
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-anchor': t.colors.blue[9],
  },
  dark: {},
});
