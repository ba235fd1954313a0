#!/usr/bin/env node
/**
 * Writes the two TextMate grammars (syntaxes/redis-conf.tmLanguage.json and
 * syntaxes/redis-acl.tmLanguage.json) from one description, so the ACL rule patterns used in
 * `user` lines of redis.conf and in ACL files are the same. Run `npm run build:grammars` after a
 * change; test/grammar checks the output.
 *
 * Tokens are whitespace-delimited, as in the server's own tokenizer: `(?<![^\s])` and
 * `(?![^\s])` stand for "at a token boundary".
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const B = '(?<![^\\s])'; // token start
const E = '(?![^\\s])'; // token end
const R = '(?<![^\\s(])'; // start of an ACL rule: also right after a selector's "("

/** ACL rules, shared; `lang` is the scope suffix. */
function aclRules(lang) {
  const B = R;
  return {
    'acl-rules': {
      patterns: [
        { include: '#acl-selector' },
        { include: '#acl-rule' },
      ],
    },
    'acl-selector': {
      name: `meta.selector.${lang}`,
      begin: `${B}(\\()`,
      beginCaptures: { 1: { name: `punctuation.section.selector.begin.${lang}` } },
      end: `(\\))${E}|$`,
      endCaptures: { 1: { name: `punctuation.section.selector.end.${lang}` } },
      patterns: [{ include: '#acl-rule' }],
    },
    'acl-rule': {
      patterns: [
        { match: `${B}(?i:on|off)(?=\\s|$|\\))`, name: `constant.language.acl.state.${lang}` },
        { match: `${B}(?i:nopass)(?=\\s|$|\\))`, name: `keyword.other.acl.nopass.${lang}` },
        {
          match: `${B}(?i:resetpass|reset|allkeys|resetkeys|allchannels|resetchannels|allcommands|nocommands|sanitize-payload|skip-sanitize-payload|clearselectors)(?=\\s|$|\\))`,
          name: `keyword.other.acl.rule.${lang}`,
        },
        {
          match: `${B}([#!])([0-9a-f]{64})(?=\\s|$|\\))`,
          captures: { 1: { name: `punctuation.definition.password-hash.${lang}` }, 2: { name: `constant.other.password-hash.${lang}` } },
        },
        { match: `${B}[#!][^\\s)]*`, name: `invalid.illegal.password-hash.${lang}` },
        {
          match: `${B}([<>])([^\\s]*)`,
          captures: { 1: { name: `keyword.operator.password.${lang}` }, 2: { name: `string.other.password.plaintext.${lang}` } },
        },
        {
          match: `${B}(%[RrWw]+~|~)([^\\s)]*)`,
          captures: { 1: { name: `keyword.operator.key-pattern.${lang}` }, 2: { name: `string.other.key-pattern.${lang}` } },
        },
        {
          match: `${B}(&)([^\\s)]*)`,
          captures: { 1: { name: `keyword.operator.channel-pattern.${lang}` }, 2: { name: `string.other.channel-pattern.${lang}` } },
        },
        {
          match: `${B}([+-])(@)([A-Za-z0-9_-]+)(?=\\s|$|\\))`,
          captures: {
            1: { name: `keyword.operator.acl.${lang}` },
            2: { name: `punctuation.definition.category.${lang}` },
            3: { name: `support.type.acl-category.${lang}` },
          },
        },
        {
          match: `${B}([+-])([A-Za-z][A-Za-z0-9_.-]*)(?:(\\|)([^\\s)]+))?`,
          captures: {
            1: { name: `keyword.operator.acl.${lang}` },
            2: { name: `support.function.command.${lang}` },
            3: { name: `punctuation.separator.subcommand.${lang}` },
            4: { name: `support.function.subcommand.${lang}` },
          },
        },
      ],
    },
  };
}

const CONF = 'redis-conf';
const confGrammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Redis Config',
  scopeName: 'source.redis-conf',
  patterns: [{ include: '#banner' }, { include: '#comment' }, { include: '#user-line' }, { include: '#sentinel-line' }, { include: '#directive-line' }],
  repository: {
    banner: {
      match: '^\\s*(#{3,})\\s+([A-Za-z0-9][^#]*?)\\s+(#{3,})\\s*$',
      name: `comment.line.banner.${CONF}`,
      captures: {
        1: { name: `punctuation.definition.comment.${CONF}` },
        2: { name: `markup.heading.section.${CONF} entity.name.section.${CONF}` },
        3: { name: `punctuation.definition.comment.${CONF}` },
      },
    },
    // Only whole lines are comments: `port 6379 # x` keeps `#` and `x` as values.
    comment: {
      match: '^\\s*(#).*$',
      name: `comment.line.number-sign.${CONF}`,
      captures: { 1: { name: `punctuation.definition.comment.${CONF}` } },
    },
    'user-line': {
      begin: '^\\s*((?i:user))(?:\\s+([^\\s]+))?(?=\\s|$)',
      beginCaptures: { 1: { name: `keyword.other.directive.user.${CONF}` }, 2: { name: `entity.name.user.${CONF}` } },
      end: '$',
      patterns: [{ include: '#strings' }, { include: '#acl-rules' }],
    },
    'sentinel-line': {
      begin: '^\\s*((?i:sentinel))(?:\\s+([A-Za-z-]+))?(?=\\s|$)',
      beginCaptures: { 1: { name: `keyword.other.directive.sentinel.${CONF}` }, 2: { name: `support.function.sentinel.${CONF}` } },
      end: '$',
      patterns: [{ include: '#value' }],
    },
    'directive-line': {
      begin: '^\\s*((?i:include|rename-command|loadmodule))(?=\\s|$)|^\\s*([^\\s#"\']+)(?=\\s|$)',
      beginCaptures: { 1: { name: `keyword.control.directive.${CONF}` }, 2: { name: `keyword.other.directive.${CONF}` } },
      end: '$',
      patterns: [{ include: '#value' }],
    },
    value: {
      patterns: [
        { include: '#strings' },
        { match: `${B}(?i:yes|no)${E}`, name: `constant.language.boolean.${CONF}` },
        {
          match: `${B}(-?[0-9]+)((?i:kb|mb|gb|b|k|m|g))${E}`,
          captures: { 1: { name: `constant.numeric.integer.${CONF}` }, 2: { name: `keyword.other.unit.${CONF}` } },
        },
        {
          match: `${B}([0-9]+)(%)${E}`,
          captures: { 1: { name: `constant.numeric.integer.${CONF}` }, 2: { name: `keyword.other.unit.percent.${CONF}` } },
        },
        { match: `${B}-?[0-9]+(?:\\.[0-9]+)?${E}`, name: `constant.numeric.${CONF}` },
      ],
    },
    strings: {
      patterns: [
        {
          name: `string.quoted.double.${CONF}`,
          begin: '"',
          beginCaptures: { 0: { name: `punctuation.definition.string.begin.${CONF}` } },
          end: '"|$',
          endCaptures: { 0: { name: `punctuation.definition.string.end.${CONF}` } },
          patterns: [
            { match: '\\\\x[0-9A-Fa-f]{2}', name: `constant.character.escape.hex.${CONF}` },
            { match: '\\\\.', name: `constant.character.escape.${CONF}` },
          ],
        },
        {
          name: `string.quoted.single.${CONF}`,
          begin: "'",
          beginCaptures: { 0: { name: `punctuation.definition.string.begin.${CONF}` } },
          end: "'|$",
          endCaptures: { 0: { name: `punctuation.definition.string.end.${CONF}` } },
          patterns: [{ match: "\\\\'", name: `constant.character.escape.${CONF}` }],
        },
      ],
    },
    ...aclRules(CONF),
  },
};

const ACL = 'redis-acl';
const aclGrammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Redis ACL',
  scopeName: 'source.redis-acl',
  patterns: [
    // ACL files have no comments: the server rejects such a line, so show it as an error.
    { match: '^\\s*#.*$', name: `invalid.illegal.comment.${ACL}` },
    {
      begin: '^\\s*(user)(?:\\s+([^\\s]+))?(?=\\s|$)',
      beginCaptures: { 1: { name: `keyword.other.user.${ACL}` }, 2: { name: `entity.name.user.${ACL}` } },
      end: '$',
      patterns: [{ include: '#acl-rules' }],
    },
    { match: '^\\s*\\S.*$', name: `invalid.illegal.line.${ACL}` },
  ],
  repository: aclRules(ACL),
};

const outIndex = process.argv.indexOf('--out');
const outDir = outIndex > 0 ? process.argv[outIndex + 1] : join(root, 'syntaxes');
for (const [file, grammar] of [
  ['redis-conf.tmLanguage.json', confGrammar],
  ['redis-acl.tmLanguage.json', aclGrammar],
]) {
  writeFileSync(join(outDir, file), JSON.stringify(grammar, null, 2) + '\n');
}
console.log(`grammars written to ${outDir}`);
