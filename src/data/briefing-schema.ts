import { z } from 'zod';
import { SLUG } from '../lib/slug';

/** A slide's own words: at most a paragraph or two, read aloud or from across a room. */
const SLIDE_TEXT = z
  .string()
  .min(1, 'must not be empty (leave the field out to use the dataset’s own)')
  .max(2000, 'must be at most 2000 characters: a slide is read from across a room');

/**
 * `briefing.json`, beside the dataset: an optional presentation script. Each step names an event
 * and may carry a caption; without the file, a briefing steps through events in time order. The
 * opening and closing slides say the dataset's own title, headline and sources unless the
 * briefing gives their words.
 */
export const BriefingSchema = z.strictObject({
  $schema: z.string().optional(),
  title: z.string().min(1).max(300).optional(),
  opening: z
    .strictObject({
      title: z
        .string()
        .min(1, 'must not be empty (leave the field out to use the dataset’s title)')
        .max(300, 'must be at most 300 characters: it is the opening slide’s heading')
        .optional(),
      text: SLIDE_TEXT.optional(),
    })
    .optional(),
  closing: z.strictObject({ text: SLIDE_TEXT.optional() }).optional(),
  steps: z
    .array(
      z.strictObject({
        event: z.string().regex(SLUG, 'must be an event id'),
        caption: z.string().min(1).max(2000).optional(),
      }),
    )
    .min(1)
    .max(10_000),
});

export type Briefing = z.infer<typeof BriefingSchema>;
