import { z } from 'zod';
import { SLUG } from '../lib/slug';

/**
 * `briefing.json`, beside the dataset: an optional presentation script. Each step names an event
 * and may carry a caption; without the file, a briefing steps through events in time order.
 */
export const BriefingSchema = z.strictObject({
  $schema: z.string().optional(),
  title: z.string().min(1).max(300).optional(),
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
