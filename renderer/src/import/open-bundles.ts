// Opening bundles for the import: main picks the paths (dialog) or the preload tells a dropped
// file's path; every path then goes through 'bundle:read', the one verifier, before anything here
// sees its records. A refusal stays with its file, in the verifier's Vietnamese words.
import { fail, ok } from '@shared/result';
import type { Result } from '@shared/result';
import type { BundleToImport } from '../db/bundle-preview';
import { invoke } from '../desk';

export interface OpenedBundle {
  /** Unique on the screen: the path. */
  readonly key: string;
  readonly fileName: string;
  readonly result: Result<BundleToImport>;
}

const fileNameOf = (path: string): string => path.split(/[\\/]/).pop() ?? path;

/** The clerk's pick in the open dialog (many files at once); an empty list when cancelled. */
export const chooseBundlePaths = async (): Promise<Result<string[]>> => {
  const chosen = await invoke('bundle:choose', {});
  return chosen.ok ? ok(chosen.value.paths) : chosen;
};

/** The paths of files dropped on the page; a file without one (not from the disk) is left out. */
export const droppedPaths = (files: readonly File[]): { paths: string[]; without: string[] } => {
  const paths: string[] = [];
  const without: string[] = [];
  for (const file of files) {
    const path = window.desk?.pathForFile(file) ?? '';
    if (path === '') without.push(file.name);
    else paths.push(path);
  }
  return { paths, without };
};

/** Reads and verifies each bundle, one after the other (each may be hundreds of MB). */
export async function readBundles(paths: readonly string[]): Promise<OpenedBundle[]> {
  const opened: OpenedBundle[] = [];
  for (const path of paths) {
    const fileName = fileNameOf(path);
    const read = await invoke('bundle:read', { path });
    opened.push({
      key: path,
      fileName,
      result: read.ok
        ? ok({
            fileName,
            manifest: read.value.manifest,
            data: read.value.data,
            attachments: read.value.attachments,
          })
        : fail(read.error.code, read.error.message),
    });
  }
  return opened;
}
