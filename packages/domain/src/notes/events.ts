import type { Event } from '../case/event';
import type { AddNote } from './commands';

export type NoteAdded = Event<'NoteAdded', AddNote['data']>;
