import type { ActionKind } from './kinds.js';

/** One inference rule: an action whose text matches any pattern gets the kind. */
export interface KindRule {
  kind: ActionKind;
  patterns: readonly RegExp[];
  /** An action text the rule is meant for; the tests check it infers `kind`. */
  example: string;
}

/**
 * Rules that infer a kind from an action's text, tried in order; the first match wins, so
 * specific rules come before general ones ("disabled the service account" is about accounts,
 * not a service; "published indicators" is not a public statement). A kind may have an early,
 * narrow rule and a late, broad one. Kept in step with docs/action-kinds.md.
 */
export const KIND_RULES: readonly KindRule[] = [
  {
    kind: 'disrupt-attacker',
    patterns: [/\b(seiz\w*|sinkhol\w*|takedown|took down|dismantl\w*|clawed back)\b/i, /\brecover\w*\b.*\b(ransom|bitcoin|btc|funds)\b/i],
    example: 'Seized and sinkholed the command-and-control domain',
  },
  {
    kind: 'pay-ransom',
    patterns: [/\b(pa(y|id|ying)|payment)\b.*\b(ransom|extortion|bitcoin|btc)\b/i, /\bransom\b.*\b(paid|payment)\b/i],
    example: 'Paid a $4.4 million ransom in bitcoin for a decryption tool',
  },
  {
    kind: 'share-indicators',
    patterns: [
      /\b(indicators|iocs?|yara|detection rules|countermeasures)\b/i,
      /\b(joint|cybersecurity|cisa|fbi|government)\b.*\badvisor(y|ies)\b/i,
    ],
    example: 'Published indicators of compromise',
  },
  {
    kind: 'notify-law-enforcement',
    patterns: [/\b(fbi|law enforcement|police|secret service|europol|department of justice|justice department|doj)\b/i],
    example: 'Notified the FBI and law enforcement',
  },
  {
    kind: 'notify-regulator',
    patterns: [/\b(regulators?|sec|8-k|hhs|ocr|ico|attorneys? general|congress|senate|house committee)\b/i],
    example: 'Filed an 8-K with the SEC',
  },
  {
    kind: 'public-disclosure',
    // Reported speech is the disclosure, whatever it reports ("confirmed that ... has suspended").
    patterns: [/\b(confirmed|announced|said|stated|disclosed|acknowledged|admitted)\s+that\b/i],
    example: 'Smarsh confirmed that TeleMessage is investigating a potential security incident and has suspended its services',
  },
  {
    kind: 'disable-accounts',
    patterns: [
      /\b(disabl|deactivat|suspend|lock|terminat|remov|delet)\w*\b.*\baccounts?\b/i,
      /\bremov\w*\b.*\bfrom\b.*\b(group|chat|channel|thread|conversation|team|tenant|organi[sz]ation)\b/i,
    ],
    example: 'Disabled the compromised service account',
  },
  {
    kind: 'revoke-credentials',
    patterns: [
      /\b(revok|rotat|reset|invalidat|expir|reissu|changed)\w*\b.*\b(tokens?|credentials?|passwords?|keys?|sessions?|certificates?|secrets?|cookies?)\b/i,
      /\b(tokens?|credentials?|passwords?|keys?|certificates?|secrets?)\b.*\b(revoked|rotated|reset|invalidated)\b/i,
    ],
    example: 'Revoked the session tokens embedded in shared HAR files',
  },
  {
    kind: 'support-affected',
    patterns: [/\b(credit monitoring|identity (theft )?protection|funding|financial assistance|advance payments?|loans?|workarounds?)\b/i],
    example: 'Offered free credit monitoring to affected individuals',
  },
  {
    kind: 'notify-customers',
    patterns: [
      /\b(notif\w*|inform\w*|alert\w*|contact\w*|e-?mail\w*|warn\w*|advis(e|ed|es|ing))\b.*\b(customers?|users?|clients?|individuals|patients|members|affected)\b/i,
      /\b(customers?|users?|clients?|individuals|patients)\b.*\b(notified|informed|alerted|contacted|warned)\b/i,
    ],
    example: 'Notified affected customers',
  },
  {
    kind: 'resume-service',
    patterns: [
      /\b(resum|restart|reopen|relaunch|reactivat)\w*\b/i,
      /\bback (online|in service|up)\b/i,
      /\brestor\w*\b(?!.*\bbackups?\b).*\b(services?|operations?|platforms?|networks?|access|connectivity)\b/i,
    ],
    example: 'Restarted pipeline operations',
  },
  {
    kind: 'restore-from-backup',
    patterns: [/\bbackups?\b/i, /\brestor\w*\b.*\b(data|files|systems?|servers?)\b/i],
    example: 'Restored systems from backups',
  },
  {
    kind: 'suspend-service',
    patterns: [
      /\b(suspend|halt|shut\w*( down)?|paus|stopp?|ceas)\w*\b.*\b(services?|operations?|platform|app|application|product|pipeline|access)\b/i,
      /\b(took|taken|take|taking)\b.*\b(services?|cloud|platform|app|application|product)\b.*\boffline\b/i,
    ],
    example: 'Suspended all services',
  },
  {
    kind: 'isolate-systems',
    patterns: [
      /\b(isolat\w*|disconnect\w*|quarantin\w*|segment\w*|sever(ed|ing)?|unplug\w*)\b/i,
      /\b(offline|off the network)\b/i,
      /\b(disabl|block|cut|drop)\w*\b.*\b(traffic|connections?|internet access|network access|connectivity)\b/i,
    ],
    example: 'Took certain systems offline to contain the threat',
  },
  {
    kind: 'engage-external-responders',
    patterns: [
      /\b(engag|hir|retain|brought in|called in|enlist|work\w* with)\w*\b.*\b(firms?|forensics?|experts?|consultants?|third[- ]part(y|ies)|external|responders?|mandiant|crowdstrike|fireeye|unit 42|kroll|kpmg|palo alto networks)\b/i,
      /\b(firms?|experts?|consultants?|mandiant|crowdstrike|fireeye|unit 42|kroll|kpmg)\b.*\b(engaged|hired|retained|brought in|called in)\b/i,
      /\b(independent|third[- ]party|external)\b.*\b(investigation|review|audit|assessment)\b/i,
    ],
    example: 'Engaged an external cybersecurity firm',
  },
  {
    kind: 'investigate',
    patterns: [/\b(root cause|post-?mortem|lessons learned)\b/i],
    example: 'Published the root cause and remediation of the intrusion',
  },
  {
    kind: 'patch-vulnerability',
    patterns: [
      /\b(patch\w*|hotfix\w*|fix(ed|es)?|upgrad\w*)\b/i,
      /\b(released|issued|shipped|applied|installed)\b.*\b(updates?|versions?)\b/i,
      /\bremediat\w*\b.*\bvulnerabilit(y|ies)\b/i,
    ],
    example: 'Released a patch for the SQL injection vulnerability',
  },
  {
    kind: 'rebuild-systems',
    patterns: [/\b(rebuil|reimag|re-imag|reinstall|redeploy)\w*\b/i, /\b(replac|new)\w*\b.*\b(servers?|systems?|infrastructure|environment|network)\b/i],
    example: 'Rebuilt the network from scratch',
  },
  {
    kind: 'public-disclosure',
    patterns: [/\b(public\w*|publish\w*|press|statement|disclos\w*|announc\w*|blog|confirmed)\b/i],
    example: 'Publicly confirmed the breach in a statement',
  },
  {
    kind: 'harden-controls',
    patterns: [
      /\b(mfa|multi-factor|two-factor|2fa|harden\w*|block\w*|enforc\w*|binding|bound|polic(y|ies)|tighten\w*|restrict\w*|bann(ed|ing)|prohibit\w*|monitoring|allowlist\w*)\b/i,
      /\badded\b.*\b(controls?|protections?|safeguards?)\b/i,
    ],
    example: 'Blocked the use of personal Google profiles in Chrome on managed laptops',
  },
  {
    kind: 'investigate',
    patterns: [/\b(investigat|forensic|analy[sz]|review|examin|hunt|audit|assess|inquir|probe|evaluat)\w*\b/i],
    example: 'Investigation ongoing',
  },
];

/** The first rule that matches the text, or undefined (the action is "other"). */
export function matchKindRule(text: string): KindRule | undefined {
  return KIND_RULES.find((rule) => rule.patterns.some((pattern) => pattern.test(text)));
}
