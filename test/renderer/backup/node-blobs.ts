// jsdom's Blob does not survive Node's structuredClone, which fake-indexeddb uses to store values,
// so an attachment's bytes would come back empty. A test that compares blobs by their bytes runs
// with Node's own Blob (which clones whole) and a FileReader that reads it, as Chromium's would.
import { Blob as NodeBlob } from 'node:buffer';
import { afterAll, beforeAll, vi } from 'vitest';

type Handler = ((event: { target: NodeFileReader }) => void) | null;

class NodeFileReader {
  result: ArrayBuffer | null = null;
  error: Error | null = null;
  onload: Handler = null;
  onerror: Handler = null;
  onabort: Handler = null;
  private readonly listeners = new Map<string, ((event: { target: NodeFileReader }) => void)[]>();

  addEventListener(type: string, listener: (event: { target: NodeFileReader }) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  readAsArrayBuffer(blob: NodeBlob): void {
    blob.arrayBuffer().then(
      (buffer) => {
        this.result = buffer;
        this.emit('load');
      },
      (error: unknown) => {
        this.error = error instanceof Error ? error : new Error(String(error));
        this.emit('error');
      },
    );
  }

  private emit(type: 'load' | 'error'): void {
    const event = { target: this };
    (type === 'load' ? this.onload : this.onerror)?.(event);
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

/** Installs Node's Blob and a FileReader for it for the tests of one file. */
export function useNodeBlobs(): void {
  beforeAll(() => {
    vi.stubGlobal('Blob', NodeBlob);
    vi.stubGlobal('FileReader', NodeFileReader);
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });
}
