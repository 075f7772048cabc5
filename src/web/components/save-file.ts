// Saving a file the app holds (a report it fetched, the outbox) through the browser's download.

export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has taken the blob by the next turn; the URL is not needed after.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
