// The package's Electron fuses, read from electron-builder.yml by electron-builder's own loader and
// checked against its schema, so a misspelt key fails here rather than being ignored at packaging.
import { describe, expect, it } from 'vitest';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { join } from 'node:path';

const root = join(__dirname, '../../..');
const load = () => getConfig(root, 'electron-builder.yml', null);

describe('electron-builder.yml', () => {
  it(
    'turns off run-as-node, NODE_OPTIONS and the inspector; turns on cookie encryption and asar integrity',
    { timeout: 60_000 },
    async () => {
      const config = await load();
      expect(config.electronFuses).toEqual({
        runAsNode: false,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        enableCookieEncryption: true,
        enableEmbeddedAsarIntegrityValidation: true,
        onlyLoadAppFromAsar: true,
        grantFileProtocolExtraPrivileges: false,
      });
      expect(config.asar).toBe(true);
    },
  );

  // electron-builder's schema check takes a few seconds on a busy machine.
  it(
    'is valid for electron-builder, which refuses fuse names it does not know',
    { timeout: 60_000 },
    async () => {
      const config = await load();
      await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
      const misspelt = {
        ...config,
        electronFuses: { runAsNod: false },
      } as unknown as typeof config;
      await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(
        /electronFuses/,
      );
    },
  );
});
