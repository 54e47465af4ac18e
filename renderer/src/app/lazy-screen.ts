import { lazy, type ComponentType } from 'react';

/** A screen loaded on first visit from a module with a named export. */
export const lazyScreen = <P extends object>(load: () => Promise<ComponentType<P>>) =>
  lazy(async () => ({ default: await load() }));
