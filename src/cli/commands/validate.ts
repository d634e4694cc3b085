import { CliUsageError, type Command } from '../io.js';

/** `likestilling validate`: not implemented yet (placeholder owned by its issue). */
export const validateCommand: Command = async () => {
  throw new CliUsageError('the validate command is not implemented yet');
};
