/**
 * @module
 * Naming a download: a Content-Disposition safe in any header and any browser, with an ASCII
 * `filename` and the full UTF-8 `filename*`.
 *
 * @example
 * ```ts
 * attachment('Río & town', 'csv', 'K7T2MQ'); // attachment; filename="Rio-town-K7T2MQ.csv"; filename*=UTF-8''R%C3%ADo…
 * ```
 */

/** Names the download after `title` (shortened to 60 characters) and an optional `suffix`. */
export function attachment(title: string, extension: string, suffix = ''): string {
  const short = title.replace(/\s+/g, ' ').trim().slice(0, 60);
  const ascii = short.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-') || 'quiz';
  const tail = suffix === '' ? '' : `-${suffix}`;
  const full = `${short}${suffix === '' ? '' : ` ${suffix}`}.${extension}`;
  return `attachment; filename="${ascii}${tail}.${extension}"; filename*=UTF-8''${encodeURIComponent(full)}`;
}
