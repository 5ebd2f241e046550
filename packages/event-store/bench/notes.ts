/** What BENCHMARKS.md says under the table: how the figures are made and how to read them. */
export const notes = (rounds: number, perRound: number): string => `How it is measured: 16 writers each run a loop of single-event commands (a fifth open a
new \`case-<uuid>\` stream, the rest append to one of the writer's open cases with the revision
it last saw; ~0.9 KiB data + ~0.3 KiB metadata, Chinese text included). The baseline and the two
store modes take turns in ${rounds} rounds of ${perRound.toLocaleString('en-US')} commands each, so drift on a shared machine hits all alike.
The bare-table baseline is a prepared single-row INSERT with no index, constraint or check; the
store's table has three unique indexes (position, stream+revision, stream+event id) and each
append checks the expected revision in the same statement.

- One transaction per command: one round trip, one INSERT ... SELECT (revision check, insert,
  RETURNING). On this CPU-bound 2-core machine the gap to the baseline is the server CPU of the
  three index insertions and the head lookup, plus the client's validation.
- Group commit (the default): while 2 batches are in flight, concurrent appends queue and go
  together in one statement and one transaction (each command still succeeds or fails alone).
- Catch-up reads are bound by the client: node-postgres decodes UTF-8 and JSON.parses data and
  metadata of every row on one thread; the raw driver reading the bare table (no mapping) is
  the ceiling shown as baseline (the server formats recordedAt, so the client makes no Date per
  event). After a full page, readAll reads the next one ahead on another connection, so the
  server's reading overlaps the client's decoding (the subscription's catch-up did so already).
  A page fetched as one aggregated JSON text (json_agg or string_agg), or each row as one JSON
  array (json_build_array), measured slower
  on both sides: the server sends nothing until the aggregate is built, and V8 decodes and
  parses one large string with Chinese text slower than many small ones. The first read after
  a bulk write also sets the rows' hint bits on the server, so it is shown apart from a settled read.

The VM is shared with other work: absolute figures move by a third between runs, the
interleaved ratios much less. A fresh schema is created for the run and dropped afterwards.`;
