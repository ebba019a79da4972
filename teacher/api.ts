/**
 * @module
 * The teacher page's client of the Worker's API. Types come from `questions/` (types only, so the schema
 * costs the page no bytes); every failure becomes an `ApiProblem` carrying the error JSON's code and
 * message, which the page shows as they are.
 *
 * @example
 * ```ts
 * const api = new TeacherApi(location.origin);
 * const { quiz, editKey } = await api.createQuiz({ text, count: 8 });
 * ```
 */
import type { ClassInfo, ClassList, ClassResults, ExportFormat, ImportResponse, UpdateClassRequest } from '../questions/classroom-schema';
import type { CreateQuizRequest, CreateQuizResponse, ErrorBody, FeedbackMode, OwnedQuiz, Question } from '../questions/schema';

export class ApiProblem extends Error {
  override readonly name = 'ApiProblem';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface Sample {
  slug: string;
  headline: string;
  text: string;
}

/** A downloaded file: its name (from Content-Disposition) and its bytes. */
export interface Download {
  filename: string;
  blob: Blob;
  /** Question ids the format could not hold (Aiken and Markdown leave typed answers out). */
  omitted: string[];
}

function filenameOf(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (utf8 !== undefined) {
    try {
      return decodeURIComponent(utf8);
    } catch {
      // fall through to the plain name
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

export class TeacherApi {
  constructor(
    private readonly base: string,
    private readonly key = '',
  ) {}

  /** The same client acting for the owner of a quiz. */
  withKey(key: string): TeacherApi {
    return new TeacherApi(this.base, key);
  }

  private async send(path: string, init: RequestInit = {}, body?: unknown): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.key !== '') headers.set('Authorization', `Bearer ${this.key}`);
    if (body !== undefined) headers.set('Content-Type', 'application/json');
    let response: Response;
    try {
      response = await fetch(`${this.base}${path}`, { ...init, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    } catch {
      throw new ApiProblem(0, 'network_error', 'The server could not be reached; check the connection and try again.');
    }
    if (response.ok || response.status === 304) return response;
    let problem: ErrorBody | undefined;
    try {
      problem = (await response.json()) as ErrorBody;
    } catch {
      // not the error JSON: keep the generic message below
    }
    throw new ApiProblem(
      response.status,
      problem?.error.code ?? 'http_error',
      problem?.error.message ?? `The server answered ${response.status}; please try again.`,
    );
  }

  private async json<T>(path: string, init: RequestInit = {}, body?: unknown): Promise<T> {
    return (await (await this.send(path, init, body)).json()) as T;
  }

  samples(): Promise<Sample[]> {
    return this.json<{ samples: Sample[] }>('/api/samples').then((r) => r.samples);
  }

  createQuiz(request: CreateQuizRequest): Promise<CreateQuizResponse> {
    return this.json('/api/quizzes', { method: 'POST' }, request);
  }

  importGift(text: string, title?: string): Promise<ImportResponse> {
    return this.json('/api/quizzes/import', { method: 'POST' }, { format: 'gift', text, ...(title === undefined ? {} : { title }) });
  }

  questions(quizId: string): Promise<OwnedQuiz> {
    return this.json(`/api/quizzes/${encodeURIComponent(quizId)}/questions`);
  }

  /** Replaces every question; refused with 412 when the quiz moved past `version` meanwhile. */
  saveQuestions(quizId: string, version: number, title: string, questions: Question[]): Promise<OwnedQuiz> {
    return this.json(`/api/quizzes/${encodeURIComponent(quizId)}/questions`, { method: 'PUT', headers: { 'If-Match': `"v${version}"` } }, { title, questions });
  }

  setFeedback(quizId: string, feedback: FeedbackMode): Promise<OwnedQuiz> {
    return this.json(`/api/quizzes/${encodeURIComponent(quizId)}`, { method: 'PATCH' }, { feedback });
  }

  classes(quizId: string): Promise<ClassInfo[]> {
    return this.json<ClassList>(`/api/quizzes/${encodeURIComponent(quizId)}/classes`).then((r) => r.classes);
  }

  openClass(quizId: string, label: string, allowRetries: boolean): Promise<ClassInfo> {
    return this.json(`/api/quizzes/${encodeURIComponent(quizId)}/classes`, { method: 'POST' }, { label, allowRetries });
  }

  updateClass(quizId: string, code: string, changes: UpdateClassRequest): Promise<ClassInfo> {
    return this.json(`/api/quizzes/${encodeURIComponent(quizId)}/classes/${code}`, { method: 'PATCH' }, changes);
  }

  /** The class's results, or null when they have not changed since `etag`. */
  async results(quizId: string, code: string, etag?: string): Promise<{ results: ClassResults; etag: string } | null> {
    const response = await this.send(`/api/quizzes/${encodeURIComponent(quizId)}/classes/${code}/results`, {
      headers: etag === undefined ? {} : { 'If-None-Match': etag },
      cache: 'no-cache',
    });
    if (response.status === 304) return null;
    return { results: (await response.json()) as ClassResults, etag: response.headers.get('ETag') ?? '' };
  }

  private async download(path: string, fallback: string): Promise<Download> {
    const response = await this.send(path);
    const omitted = (response.headers.get('X-Omitted-Questions') ?? '').split(',').filter((id) => id !== '');
    return { filename: filenameOf(response, fallback), blob: await response.blob(), omitted };
  }

  resultsCsv(quizId: string, code: string): Promise<Download> {
    return this.download(`/api/quizzes/${encodeURIComponent(quizId)}/classes/${code}/results.csv`, `results-${code}.csv`);
  }

  exportQuiz(quizId: string, format: ExportFormat): Promise<Download> {
    return this.download(`/api/quizzes/${encodeURIComponent(quizId)}/export/${format}`, `quiz.${format}.txt`);
  }
}
