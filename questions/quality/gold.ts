/**
 * @module
 * The shape of a corpus article's gold file: what a careful reader marked by hand (people, places,
 * organisations, numbers, quotes with their speakers, and the key facts a quiz should ask about).
 */
import { z } from 'zod';

const Evidence = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

export const GoldSchema = z.strictObject({
  section: z.enum(['politics', 'world', 'business', 'sports', 'science', 'health', 'local', 'arts', 'classroom']),
  /** Kept out of tuning: its figures are reported apart. */
  heldOut: z.boolean(),
  /** Written after tuning stopped and measured once: its figures are reported apart from the held-out set. */
  freshHeldOut: z.boolean().optional(),
  /** The evaluation round a fresh held-out article was written for; each round is reported as its own group. */
  evaluationRound: z.number().int().positive().optional(),
  people: z.array(z.strictObject({ name: z.string(), aliases: z.array(z.string()).default([]) })),
  places: z.array(z.string()),
  organisations: z.array(z.string()),
  numbers: z.array(z.string()),
  concepts: z.array(z.string()).optional(),
  quotes: z.array(z.strictObject({ quote: z.string(), speaker: z.string() })),
  keyFacts: z.array(
    z.strictObject({
      fact: z.string(),
      /** Verbatim text of the sentence(s) that state the fact; a question must come from one of them. */
      evidence: Evidence,
      /** Words a question about the fact asks for (its answer) or states (true/false). */
      keys: z.array(z.string()).min(1),
    }),
  ),
});
export type Gold = z.infer<typeof GoldSchema>;
