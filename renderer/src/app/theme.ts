import type { ThemeConfig } from 'antd';

/** Larger type than antd's default: clerks read this all day on ordinary office screens. */
export const theme: ThemeConfig = {
  token: { fontSize: 15, colorPrimary: '#1f5fa8', borderRadius: 4 },
};
