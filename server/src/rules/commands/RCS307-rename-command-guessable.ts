/**
 * RCS307 rename-command-guessable — a command renamed to a short or obvious name (CONFIG_ADMIN,
 * myconfig, flush123) is hidden from nobody: attackers try such names first. A rename only helps
 * when the new name is as hard to guess as a password, or when the command is disabled outright.
 */
import { lineRange } from '../model';
import type { Rule } from '../types';
import { judgePassword } from '../auth/passwordStrength';

export const renameCommandGuessable: Rule = {
  id: 'RCS307',
  name: 'rename-command-guessable',
  severity: 'warning',
  summary: 'A command is renamed to a guessable name.',
  appliesTo: ['config'],
  check(model) {
    return model.renames.flatMap((r) => {
      const d = r.directive;
      if (!d || r.newName === '' || d.args.length !== 2) return [];
      const name = r.command.toUpperCase();
      const contains = r.newName.toLowerCase().includes(r.command);
      const verdict = judgePassword(r.newName);
      if (!contains && verdict.level !== 'error') return [];
      const why = contains ? `it contains the original name ${name}` : verdict.reason.replace('a well-known password', 'a well-known word');
      return [
        {
          range: { start: { line: d.line, character: d.args[1].start }, end: { line: d.line, character: d.args[1].end } },
          message: `The new name of ${name} on line ${d.line + 1} is easy to guess: ${why}. Use a random name of 40 hex characters or more, disable the command with "", or better restrict it with ACL rules.`,
          fixes: [
            {
              title: `Disable ${name} instead (rename-command ${name} ""): whoever used the new name loses it`,
              edits: [{ range: { start: { line: d.line, character: d.args[1].start }, end: { line: d.line, character: d.args[1].end } }, newText: '""' }],
              safe: false,
            },
          ],
        },
      ];
    });
  },
};
