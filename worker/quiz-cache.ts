/**
 * @module
 * Reading quizzes without a database round-trip each time. A quiz changes only when its owner edits it
 * (which raises its version), so it is kept in this isolate's memory for a short while and, on
 * Cloudflare, in the data centre's Cache API, which other isolates nearby share. An edit forgets both
 * here; elsewhere a stale copy lives at most `QUIZ_CACHE_SECONDS`, and scoring never uses a stale one,
 * because the attempt write checks the version it scored against (see db/attempts.ts).
 */
import type { StoredQuiz } from './db/quizzes';
import { findQuiz } from './db/quizzes';

export const QUIZ_CACHE_SECONDS = 30;
const MAX_ENTRIES = 1_000;
// Not a public URL: the key of a server-side cache entry.
const CACHE_KEY_ORIGIN = 'https://quiz-cache.article-quiz.internal';

const memory = new Map<string, { quiz: StoredQuiz; expires: number }>();

function cacheApi(): Cache | undefined {
  return typeof caches === 'undefined' ? undefined : (caches as unknown as { default?: Cache }).default;
}

function cacheKey(id: string): string {
  return `${CACHE_KEY_ORIGIN}/quizzes/${encodeURIComponent(id)}`;
}

function remember(quiz: StoredQuiz): void {
  if (memory.size >= MAX_ENTRIES) {
    const oldest = memory.keys().next().value;
    if (oldest !== undefined) memory.delete(oldest);
  }
  memory.set(quiz.id, { quiz, expires: Date.now() + QUIZ_CACHE_SECONDS * 1000 });
}

/**
 * The quiz with this id, from memory, the Cache API or D1. `waitUntil` lets the Cache API write finish
 * after the response is sent.
 */
export async function loadQuiz(db: D1Database, id: string, waitUntil?: (p: Promise<unknown>) => void): Promise<StoredQuiz | null> {
  const hit = memory.get(id);
  if (hit !== undefined && hit.expires > Date.now()) return hit.quiz;
  const cache = cacheApi();
  const cached = await cache?.match(cacheKey(id)).catch(() => undefined);
  if (cached !== undefined) {
    const quiz = (await cached.json()) as StoredQuiz;
    remember(quiz);
    return quiz;
  }
  const quiz = await findQuiz(db, id);
  if (quiz === null) return null;
  remember(quiz);
  if (cache !== undefined) {
    const response = new Response(JSON.stringify(quiz), {
      headers: { 'Content-Type': 'application/json', 'Cache-Control': `max-age=${QUIZ_CACHE_SECONDS}` },
    });
    const put = cache.put(cacheKey(id), response).catch(() => undefined);
    if (waitUntil !== undefined) waitUntil(put);
    else await put;
  }
  return quiz;
}

/** Forgets a quiz after an edit (here, and in this data centre's Cache API). */
export async function forgetQuiz(id: string): Promise<void> {
  memory.delete(id);
  await cacheApi()?.delete(cacheKey(id)).catch(() => undefined);
}
