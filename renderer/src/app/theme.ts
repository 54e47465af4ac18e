import type { ThemeConfig } from 'antd';

/**
 * Larger type than antd's default: clerks read this all day on ordinary office screens.
 *
 * `zeroRuntime`: antd's component styles come from its prebuilt stylesheet (imported in main.tsx)
 * instead of being generated in the page as each component first renders, which cost about a fifth
 * of the time to the first list paint (docs/decisions.md, D63). The tokens below still reach those
 * styles as CSS variables, which antd registers at run time under `cssVar.key`: a fixed key, so it
 * can never meet the classes antd's stylesheet was built with.
 */
export const theme: ThemeConfig = {
  token: { fontSize: 15, colorPrimary: '#1f5fa8', borderRadius: 4 },
  zeroRuntime: true,
  cssVar: { key: 'css-var-desk' },
};
