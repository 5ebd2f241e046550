import type { Command } from '../case/command';

/** A note on the file, at any stage, even after closure. */
export type AddNote = Command<'AddNote', { text: string }>;
