import { describe, expect, it } from 'vitest';
import { formatFileSize } from '@shared/bundle/file-size';

describe('formatFileSize', () => {
  it('reads the Vietnamese way', () => {
    expect(formatFileSize(512)).toBe('512 byte');
    expect(formatFileSize(850 * 1024)).toBe('850 KB');
    expect(formatFileSize(1.25 * 1024 * 1024)).toBe('1,3 MB');
    expect(formatFileSize(18 * 1024 * 1024)).toBe('18 MB');
  });
});
