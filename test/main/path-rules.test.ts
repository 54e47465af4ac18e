import { describe, expect, it } from 'vitest';
import { isInside, pathKey } from '../../main/services/path-rules';
import { originOf } from '../../main/app-identity';

describe('isInside', () => {
  it('accepts the folder itself and what is below it', () => {
    expect(isInside('/data', '/data')).toBe(true);
    expect(isInside('/data', '/data/a/b.zip')).toBe(true);
    // a name that merely starts with two dots is still inside
    expect(isInside('/data', '/data/x/../..data-file')).toBe(true);
    expect(isInside('/data', '/data/..hidden')).toBe(true);
  });

  it('refuses siblings, parents and `..` escapes', () => {
    expect(isInside('/data', '/data-evil/a')).toBe(false);
    expect(isInside('/data', '/')).toBe(false);
    expect(isInside('/data', '/data/../etc/passwd')).toBe(false);
    expect(isInside('/data/sub', '/data/sub/../other')).toBe(false);
  });

  it('ignores case where the file system does', () => {
    expect(pathKey('/Data/A.docx', 'win32')).toBe(pathKey('/data/a.docx', 'win32'));
    expect(pathKey('/Data/A.docx', 'linux')).not.toBe(pathKey('/data/a.docx', 'linux'));
    expect(isInside('/Data', '/data/x', 'darwin')).toBe(true);
    expect(isInside('/Data', '/data/x', 'linux')).toBe(false);
  });
});

describe('originOf', () => {
  it('gives scheme://host for our scheme, where Node would say "null"', () => {
    expect(originOf('app://desk/index.html?x#y')).toBe('app://desk');
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173');
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('garbage')).toBeNull();
    expect(originOf(undefined)).toBeNull();
  });
});
