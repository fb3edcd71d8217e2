import { nlpNames, type NlpNames } from './nlp.js';
import { isGovernmentName, isMediaName } from './names.js';
import type { EntityRegistry } from './registry.js';
import { attackers, investigators, kindOf, mediaMentions, owners, parenthesisedLists, ransomwareOperators, reporters, shapedNames } from './rules.js';
import { titledPeople, titles } from './titles.js';

/**
 * Finds the people, organisations and media outlets in the report's prose and adds them to the registry
 * (which already holds what the report's keys name, such as the affected organisation).
 * Rules that know the report's phrasing run first, so their roles and full names win; the NLP pass adds the rest.
 */
export function extractEntities(prose: readonly string[], registry: EntityRegistry): void {
  let found: NlpNames = { people: [], organizations: [] };
  try {
    // One pass over all the prose: the library's cost is mostly per call, not per word.
    found = nlpNames(prose.join('\n\n'));
  } catch {
    // A library failure on odd input must not stop the import; the rules below still run.
  }
  const people = new Set(found.people);
  const wholeReport = prose.join('\n');
  for (const text of prose) {
    parenthesisedLists(text, registry, people, wholeReport);
    owners(text, registry);
    reporters(text, registry, people);
    investigators(text, registry);
    attackers(text, registry);
    ransomwareOperators(text, registry);
    mediaMentions(text, registry);
  }
  for (const text of prose) {
    shapedNames(text, registry);
    titledPeople(text, registry);
  }
  // Full names first, so "Waltz" and "Mike" alone join "Mike Waltz" instead of standing apart.
  const names = [...people].sort((a, b) => b.split(' ').length - a.split(' ').length);
  for (const name of names) {
    const single = !name.includes(' ');
    if (single && !registry.find(name, 'person')) continue;
    registry.add(name, 'person');
  }
  for (const name of found.organizations) {
    if (registry.find(name)) continue;
    registry.add(name, isMediaName(name) ? 'media' : isGovernmentName(name) ? 'government' : kindOf(name, new Set()));
  }
  for (const text of prose) titles(text, registry);
  acronymAliases(wholeReport, registry);
}

/** "MGM" for "MGM Resorts International" when the report uses it alone: an alias, so events link to it. */
function acronymAliases(text: string, registry: EntityRegistry): void {
  for (const entity of registry.all) {
    const [first, ...rest] = entity.name.split(' ');
    if (entity.kind === 'person' || rest.length === 0 || !/^(?=.*\p{L})[\p{Lu}\p{N}]{2,}$/u.test(first!)) continue;
    if (registry.all.some((other) => other !== entity && other.name === first)) continue;
    if (new RegExp(`(?<![\\p{L}\\p{N}])${first}(?!\\s+${rest[0]})(?![\\p{L}\\p{N}])`, 'u').test(text) && !entity.aliases.includes(first!)) entity.aliases.push(first!);
  }
}
