// A file's size as the clerk reads it: Vietnamese decimal comma, "1,2 MB", "850 KB".

const KB = 1024;
const MB = 1024 * KB;

export function formatFileSize(bytes: number): string {
  if (bytes < KB) return `${bytes} byte`;
  if (bytes < MB) return `${Math.max(1, Math.round(bytes / KB))} KB`;
  const mb = bytes / MB;
  return `${(mb < 10 ? mb.toFixed(1) : Math.round(mb).toString()).replace('.', ',')} MB`;
}
