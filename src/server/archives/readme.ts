import type { ArchiveManifest } from '../../core/archives/index.ts';

/** The first file a holder opens: what the archive is, and how to check it without Parley's server. */
export function readmeFor(manifest: Omit<ArchiveManifest, 'files'>): string {
  return [
    `Parley archive — ${manifest.process.title}, ${manifest.round.title}`,
    `Made for ${manifest.holder.name} at ${manifest.takenAt}.`,
    '',
    'It holds exactly what this delegation could read in the round: its channels and their',
    'messages, the files sent in them, the round and its sessions and agenda, the negotiating texts',
    'with every revision, and the record events about those things.',
    '',
    `The record's Merkle tree: ${manifest.record.size} events, root ${manifest.record.root}.`,
    'Every event here carries a proof that it is in that tree; every message, file and revision is',
    'checked against the event that recorded it. Compare the root with the one the other',
    'delegations or the mediators hold: the same round gives the same root.',
    '',
    'To check it offline:  parley verify --archive THIS_FILE.zip',
    '',
  ].join('\n');
}
