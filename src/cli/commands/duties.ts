import { CliUsageError, type Command } from '../io.js';

/** `likestilling duties`: not implemented yet (placeholder owned by its issue). */
export const dutiesCommand: Command = async () => {
  throw new CliUsageError('the duties command is not implemented yet');
};
