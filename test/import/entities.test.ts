import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/load/report/entities/index.js';
import { EntityRegistry } from '../../src/load/report/entities/registry.js';

/** Entities found in sentences, as "name|kind|roles|title". */
function found(...prose: string[]): string[] {
  const registry = new EntityRegistry();
  extractEntities(prose, registry);
  return registry.all.map((e) => [e.name, e.kind, e.roles.join(','), e.title ?? ''].join('|'));
}

describe('entity rules', () => {
  it('names in a parenthesised list take the role of the group before it', () => {
    expect(found('Data of senior officials (including Mike Waltz, JD Vance, and Marco Rubio) was exposed.')).toEqual([
      'Mike Waltz|person|official|',
      'JD Vance|person|official|',
      'Marco Rubio|person|official|',
    ]);
    expect(found('Several customers (such as BeyondTrust and Cloudflare) saw attacks.')).toEqual(['BeyondTrust|organization|customer|', 'Cloudflare|organization|customer|']);
  });

  it('"used by ... officials" makes the officials users too', () => {
    expect(found('An app used by high-ranking US officials.', 'Officials (including Tulsi Gabbard) were affected.')).toEqual(['Tulsi Gabbard|person|official,user|']);
  });

  it('"owned by X" is the owner', () => {
    expect(found('TeleMessage (owned by Smarsh) suspended services.')).toContain('Smarsh|organization|owner|');
    expect(found('The firm, a subsidiary of Acme Holdings, said so.')).toContain('Acme Holdings|organization|owner|');
  });

  it('reporters: media outlets by their names, journalists by the words before them', () => {
    expect(found('Reports by 404 Media and independent journalist Micah Lee on Sunday, followed by evidence reported by NBC News on Monday.')).toEqual([
      '404 Media|media|reporter|',
      'Micah Lee|person|reporter,journalist|independent journalist',
      'NBC News|media|reporter|',
    ]);
    expect(found('According to Reuters, the breach began in May.')).toEqual(['Reuters|media|reporter|']);
  });

  it('an engaged firm is the investigator, named or not', () => {
    expect(found('The company engaged an external cybersecurity firm to investigate.')).toEqual(['External cybersecurity firm|organization|investigator|']);
    expect(found('The company hired Mandiant to investigate.')).toContain('Mandiant|organization|investigator|');
  });

  it('attackers: attributed groups and ransomware operations', () => {
    expect(found('The attack was attributed to Scattered Spider.')).toEqual(['Scattered Spider|threat-actor|attacker|']);
    expect(found('Files were encrypted by the LockBit ransomware gang.')).toContain('LockBit|threat-actor|attacker|');
  });

  it('titles said before a name', () => {
    expect(found("The app was spotted on former US national security adviser Mike Waltz's phone.")).toEqual(['Mike Waltz|person||former US national security adviser']);
  });

  it('one entity per real name: a surname or first name alone joins the full name', () => {
    expect(found('Officials (including Mike Waltz) used it.', 'Waltz declined to comment.', "Mike's phone was photographed.")).toEqual(['Mike Waltz|person|official|']);
  });

  it('names no dictionary knows, by their shape', () => {
    expect(found('BeyondTrust, 1Password and Cloudflare each detected activity.').map((e) => e.split('|')[0])).toEqual(['BeyondTrust', '1Password', 'Cloudflare']);
  });
});
