import { isInside, pathKey } from './path-rules';

/**
 * The files the app wrote this session. Only these (and files in the data folder) may be shown in
 * the file manager, so the page cannot use `folder:reveal` to probe or open arbitrary paths.
 */
export class WrittenPaths {
  private readonly keys = new Set<string>();

  constructor(private readonly dataDir: string) {}

  add(path: string): void {
    this.keys.add(pathKey(path));
  }

  /** Only a file written this session opens in another program: never a path the page names. */
  mayOpen(path: string): boolean {
    return this.keys.has(pathKey(path));
  }

  mayReveal(path: string): boolean {
    return this.keys.has(pathKey(path)) || isInside(this.dataDir, path);
  }
}
