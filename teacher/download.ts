/**
 * @module
 * Saving a fetched file: owner downloads need the Authorization header, so the page fetches them and
 * hands the browser a short-lived object URL to save.
 */
import type { Download } from './api';

export function saveDownload(file: Pick<Download, 'filename' | 'blob'>): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file by the next task; the URL is not needed after that.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
