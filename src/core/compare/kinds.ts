/** One kind of response action: a name the comparison aligns on, and what it means. */
export interface ActionKindInfo {
  kind: string;
  /** What an action of this kind does, in one line (also in docs/action-kinds.md). */
  meaning: string;
}

/**
 * The documented vocabulary of response action kinds (docs/action-kinds.md), in the order a
 * response usually runs; "other" last. Data may name any of these in `ResponseAction.kind`.
 */
export const ACTION_KINDS = [
  { kind: 'suspend-service', meaning: 'Took a service or whole operation out of use for everyone (all services suspended, pipeline halted).' },
  { kind: 'isolate-systems', meaning: 'Cut affected systems or networks off from the rest: disconnected, taken offline, quarantined.' },
  { kind: 'disable-accounts', meaning: 'Disabled, locked or removed the accounts the attacker used or could use.' },
  { kind: 'revoke-credentials', meaning: 'Revoked, rotated or reset credentials: passwords, session tokens, keys, certificates.' },
  { kind: 'engage-external-responders', meaning: 'Brought in an outside incident response or forensics firm.' },
  { kind: 'notify-law-enforcement', meaning: 'Told the police, FBI or another law enforcement agency, or worked with them.' },
  { kind: 'notify-regulator', meaning: 'Reported to a regulator or government body: a filing, a mandated report, a hearing.' },
  { kind: 'notify-customers', meaning: 'Told the customers, users or individuals affected, directly.' },
  { kind: 'public-disclosure', meaning: 'Said it publicly: statement, press release, blog post, confirmation to the press.' },
  { kind: 'share-indicators', meaning: 'Published indicators of compromise, detection rules or an advisory for others to hunt with.' },
  { kind: 'disrupt-attacker', meaning: "Acted against the attacker: seized or sinkholed their domains or servers, recovered paid funds." },
  { kind: 'patch-vulnerability', meaning: 'Fixed the flaw the attacker used: a patch, hotfix or update.' },
  { kind: 'pay-ransom', meaning: 'Paid the attacker a ransom or extortion demand.' },
  { kind: 'restore-from-backup', meaning: 'Restored data or systems from backups.' },
  { kind: 'rebuild-systems', meaning: 'Rebuilt, reimaged or replaced compromised systems or infrastructure.' },
  { kind: 'resume-service', meaning: 'Brought a suspended service or operation back into use.' },
  { kind: 'support-affected', meaning: 'Helped those harmed: credit monitoring, identity protection, funding, workarounds.' },
  { kind: 'harden-controls', meaning: 'Added or tightened a control so it cannot happen again: MFA, policy, blocking, binding, monitoring.' },
  { kind: 'investigate', meaning: 'Looked into what happened: investigation, forensic analysis, review, audit, inquiry.' },
  { kind: 'other', meaning: 'None of the above: the action is still shown, under "other".' },
] as const satisfies readonly ActionKindInfo[];

/** A kind of the documented vocabulary. */
export type ActionKind = (typeof ACTION_KINDS)[number]['kind'];

/** Every documented kind name, in vocabulary order. */
export const ACTION_KIND_NAMES: readonly string[] = ACTION_KINDS.map((k) => k.kind);

const ORDER = new Map(ACTION_KIND_NAMES.map((kind, index) => [kind, index]));

/** True when `kind` is in the documented vocabulary. */
export function isActionKind(kind: string): kind is ActionKind {
  return ORDER.has(kind);
}

/** Position of a kind in the vocabulary, for stable ordering; kinds from data outside it come after. */
export function kindOrder(kind: string): number {
  return ORDER.get(kind) ?? ACTION_KIND_NAMES.length;
}

/** Kinds whose first action marks recovery even when the data files it under another phase. */
export const RECOVERY_KINDS: readonly string[] = ['restore-from-backup', 'rebuild-systems', 'resume-service'];
