import { CliUsageError, type Command } from '../io.js';

/** `likestilling plan`: not implemented yet (placeholder owned by its issue). */
export const planCommand: Command = async () => {
  throw new CliUsageError('the plan command is not implemented yet');
};
