import type { Command } from '../case/command';
import type { RejectionGround } from '../rulebooks/rulebook';

/** 受理: the station takes the complaint on; the mediation clock starts. */
export type AcceptComplaint = Command<'AcceptComplaint', { stationId?: string }>;
/** 不予受理, with a ground from the case's rulebook. */
export type RejectComplaint = Command<'RejectComplaint', { ground: RejectionGround; note?: string }>;
/** 移送/转办: the office has no jurisdiction and sends the case on; ends this office's case. */
export type TransferCase = Command<'TransferCase', { to: string; reason: string }>;
export type AssignCase = Command<'AssignCase', { assigneeId: string; stationId?: string }>;

export type AcceptanceCommand = AcceptComplaint | RejectComplaint | TransferCase | AssignCase;
