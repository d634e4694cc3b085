import { CliUsageError, type Command } from '../io.js';

/** `likestilling report`: not implemented yet (placeholder owned by its issue). */
export const reportCommand: Command = async () => {
  throw new CliUsageError('the report command is not implemented yet');
};
