/**
 * @module
 * The teacher's private link: `/teach#quiz=ID&key=KEY`. The key lives in the URL fragment, which
 * browsers never send to a server, so it stays out of server logs and Referer headers.
 *
 * @example
 * ```ts
 * privateLink(location.origin, { quizId: 'k7t2mq9xhd4r', key }); // 'https://host/teach#quiz=k7t2mq9xhd4r&key=…'
 * ```
 */

export interface Ownership {
  quizId: string;
  key: string;
}

export function readOwnership(hash: string): Ownership | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const quizId = params.get('quiz');
  const key = params.get('key');
  if (quizId === null || key === null || quizId === '' || key === '') return undefined;
  return { quizId, key };
}

export function ownershipHash(owner: Ownership): string {
  return `#${new URLSearchParams({ quiz: owner.quizId, key: owner.key }).toString()}`;
}

export function privateLink(origin: string, owner: Ownership): string {
  return `${origin}/teach${ownershipHash(owner)}`;
}

export function studentLink(origin: string, code: string): string {
  return `${origin}/play/${code}`;
}
