import { z } from 'zod';

/** A path into the published figures (`['pay', 'byLevel', 0, 'women', 'mean']`): the source of a cell, a footnote or an issue. @internal */
export const PathSchema = z.array(z.union([z.string(), z.number()]));
