/**
 * @module
 * Sharing a result: the Web Share API where the browser has it, else the page link on the clipboard.
 */

export type ShareOutcome = 'shared' | 'copied' | 'failed' | 'cancelled';

export async function shareLink(data: { title: string; text: string; url: string }): Promise<ShareOutcome> {
  if (typeof navigator.share === 'function' && navigator.canShare?.(data) !== false) {
    try {
      await navigator.share(data);
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
      // Share sheets can be refused (no user activation, policy); the clipboard may still work.
    }
  }
  try {
    await navigator.clipboard.writeText(data.url);
    return 'copied';
  } catch {
    return 'failed';
  }
}
