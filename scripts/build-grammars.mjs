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
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const B = '(?<![^\\s])'; // token start
const E = '(?![^\\s])'; // token end
const R = '(?<![^\\s(])'; // start of an ACL rule: also right after a selector's "("
const RE = '(?=\\s|$|\\))'; // end of an ACL rule: also right before a selector's ")"

// Complete quoted parts as the config tokenizer reads them. Each alternation is unambiguous, so
// a regex engine cannot backtrack into calling an unbalanced quote closed: inside double quotes
// a backslash always takes the next character; inside single quotes only \' is an escape.
const DQ = '"(?:\\\\.|[^"\\\\])*"';
const SQ = "'(?:\\\\'|\\\\(?!')|[^'\\\\])*'";

/** Double-quote escapes (\xHH, then any \c), shared by strings and quoted passwords. */
const dqEscapes = (lang) => [
  { match: '\\\\x[0-9A-Fa-f]{2}', name: `constant.character.escape.hex.${lang}` },
  { match: '\\\\.', name: `constant.character.escape.${lang}` },
];

/**
 * ACL rules, shared; `lang` is the scope suffix. `passwordValue` is what may follow `>`/`<`:
 * in redis.conf the value may hold quoted parts (`>"two words"`), in ACL files there are no quotes.
 */
function aclRules(lang, passwordValue) {
  return {
    'acl-rules': {
      patterns: [
        { include: '#acl-selector' },
        // A selector is closed by the first later token ending in ")"; without one the server
        // reports an unmatched parenthesis.
        { match: `${R}\\(`, name: `invalid.illegal.unmatched-parenthesis.${lang}` },
        { include: '#acl-rule' },
      ],
    },
    'acl-selector': {
      name: `meta.selector.${lang}`,
      begin: `${R}(\\()(?=.*\\)${E})`,
      beginCaptures: { 1: { name: `punctuation.section.selector.begin.${lang}` } },
      end: `(\\))${E}|$`,
      endCaptures: { 1: { name: `punctuation.section.selector.end.${lang}` } },
      patterns: [{ include: '#acl-rule' }],
    },
    'acl-rule': {
      patterns: [
        { match: `${R}(?i:on|off)${RE}`, name: `constant.language.acl.state.${lang}` },
        { match: `${R}(?i:nopass)${RE}`, name: `keyword.other.acl.nopass.${lang}` },
        {
          match: `${R}(?i:resetpass|reset|allkeys|resetkeys|allchannels|resetchannels|allcommands|nocommands|sanitize-payload|skip-sanitize-payload|clearselectors)${RE}`,
          name: `keyword.other.acl.rule.${lang}`,
        },
        {
          // The server takes only 64 lowercase hex digits after # and !.
          match: `${R}([#!])([0-9a-f]{64})${RE}`,
          captures: { 1: { name: `punctuation.definition.password-hash.${lang}` }, 2: { name: `constant.other.password-hash.${lang}` } },
        },
        { match: `${R}[#!][^\\s)]*`, name: `invalid.illegal.password-hash.${lang}` },
        {
          match: `${R}([<>])(${passwordValue})`,
          captures: { 1: { name: `keyword.operator.password.${lang}` }, 2: { name: `string.other.password.plaintext.${lang}` } },
        },
        {
          match: `${R}(%[RrWw]+~|~)([^\\s)]*)`,
          captures: { 1: { name: `keyword.operator.key-pattern.${lang}` }, 2: { name: `string.other.key-pattern.${lang}` } },
        },
        {
          match: `${R}(&)([^\\s)]*)`,
          captures: { 1: { name: `keyword.operator.channel-pattern.${lang}` }, 2: { name: `string.other.channel-pattern.${lang}` } },
        },
        {
          match: `${R}([+-])(@)([A-Za-z0-9_-]+)${RE}`,
          captures: {
            1: { name: `keyword.operator.acl.${lang}` },
            2: { name: `punctuation.definition.category.${lang}` },
            3: { name: `support.type.acl-category.${lang}` },
          },
        },
        {
          match: `${R}([+-])([A-Za-z][A-Za-z0-9_.-]*)(?:(\\|)([^\\s)]+))?`,
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

// Sentinel statements whose first argument is a master name: `monitor` plus the list the validator uses.
const SENTINEL_WITH_MASTER = [
  'monitor',
  ...JSON.parse(readFileSync(join(root, 'server', 'src', 'validate', 'sentinel-primary-directives.json'), 'utf8')).names,
];

const CONF = 'redis-conf';
const BARE = `[^\\s"']+`; // a token without quotes
const IPV4 = '(?:[0-9]{1,3}\\.){3}[0-9]{1,3}';
// Hex groups and colons with "::" or at least two groups; an IPv4 tail and a %zone are allowed.
const IPV6 = '(?=[0-9A-Fa-f:.]*::|(?:[0-9A-Fa-f]{1,4}:){2})[0-9A-Fa-f:.]+(?:%[A-Za-z0-9_.-]+)?';

const confGrammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Redis Config',
  scopeName: 'source.redis-conf',
  patterns: [
    { include: '#banner' },
    { include: '#comment' },
    { include: '#user-line' },
    { include: '#sentinel-line' },
    { include: '#rename-command-line' },
    { include: '#path-directive-line' },
    { include: '#directive-line' },
    { include: '#strings' },
  ],
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
      patterns: [{ include: '#quoted-password' }, { include: '#strings' }, { include: '#acl-rules' }],
    },
    // `">two words"`: the quotes belong to the tokenizer, the rule inside is a password.
    'quoted-password': {
      match: `${R}(")([<>])((?:\\\\.|[^"\\\\])*)(")${E}`,
      name: `string.quoted.double.${CONF}`,
      captures: {
        1: { name: `punctuation.definition.string.begin.${CONF}` },
        2: { name: `keyword.operator.password.${CONF}` },
        3: { name: `string.other.password.plaintext.${CONF}`, patterns: dqEscapes(CONF) },
        4: { name: `punctuation.definition.string.end.${CONF}` },
      },
    },
    'sentinel-line': {
      begin: `^\\s*((?i:sentinel))(?:\\s+(?:((?i:${SENTINEL_WITH_MASTER.join('|')}))\\s+(${BARE})|([A-Za-z-]+)))?(?=\\s|$)`,
      beginCaptures: {
        1: { name: `keyword.other.directive.sentinel.${CONF}` },
        2: { name: `support.function.sentinel.${CONF}` },
        3: { name: `entity.name.master.${CONF}` },
        4: { name: `support.function.sentinel.${CONF}` },
      },
      end: '$',
      patterns: [{ include: '#value' }],
    },
    'rename-command-line': {
      begin: `^\\s*((?i:rename-command))(?:\\s+(${BARE}))?(?=\\s|$)`,
      beginCaptures: { 1: { name: `keyword.control.directive.rename-command.${CONF}` }, 2: { name: `support.function.command.${CONF}` } },
      end: '$',
      patterns: [{ include: '#value' }],
    },
    'path-directive-line': {
      begin: `^\\s*(?:((?i:include))|((?i:loadmodule)))(?:\\s+(${BARE}))?(?=\\s|$)`,
      beginCaptures: {
        1: { name: `keyword.control.directive.include.${CONF}` },
        2: { name: `keyword.control.directive.loadmodule.${CONF}` },
        3: { name: `string.unquoted.path.${CONF}` },
      },
      end: '$',
      patterns: [{ include: '#value' }],
    },
    // Any other first token is a directive name; a quoted one (`"port" 6379`) is read the same way
    // by the server. The comment rule is listed first, so a leading `#` never reaches this rule.
    'directive-line': {
      begin: `^\\s*(${BARE}(?=\\s|$|["'])|(?:${DQ}|${SQ})(?=\\s|$))`,
      beginCaptures: { 1: { name: `keyword.other.directive.${CONF}` } },
      end: '$',
      patterns: [{ include: '#value' }],
    },
    value: {
      patterns: [
        { include: '#strings' },
        { match: `${B}(?i:yes|no)${E}`, name: `constant.language.boolean.${CONF}` },
        {
          // `bind` addresses; a leading `-` (6.2+) marks an address that may be missing.
          match: `${B}(-)?(?:(${IPV4})|(${IPV6})|(\\*|::\\*))${E}`,
          captures: {
            1: { name: `keyword.operator.optional.${CONF}` },
            2: { name: `constant.other.ip-address.v4.${CONF}` },
            3: { name: `constant.other.ip-address.v6.${CONF}` },
            4: { name: `constant.other.ip-address.wildcard.${CONF}` },
          },
        },
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
    // A quote may open anywhere in a token (`abc"d e"`). The server rejects an unclosed quote
    // ("Unbalanced quotes") and a closing quote with text right after it (`"a"b`).
    strings: {
      patterns: [
        {
          name: `string.quoted.double.${CONF}`,
          begin: `"(?=(?:\\\\.|[^"\\\\])*")`,
          beginCaptures: { 0: { name: `punctuation.definition.string.begin.${CONF}` } },
          end: '(")([^\\s]*)',
          endCaptures: { 1: { name: `punctuation.definition.string.end.${CONF}` }, 2: { name: `invalid.illegal.after-quote.${CONF}` } },
          patterns: dqEscapes(CONF),
        },
        {
          name: `string.quoted.single.${CONF}`,
          begin: `'(?=(?:\\\\'|\\\\(?!')|[^'\\\\])*')`,
          beginCaptures: { 0: { name: `punctuation.definition.string.begin.${CONF}` } },
          end: "(')([^\\s]*)",
          endCaptures: { 1: { name: `punctuation.definition.string.end.${CONF}` }, 2: { name: `invalid.illegal.after-quote.${CONF}` } },
          patterns: [{ match: "\\\\'", name: `constant.character.escape.${CONF}` }],
        },
        { match: `["'].*$`, name: `invalid.illegal.unbalanced-quotes.${CONF}` },
      ],
    },
    ...aclRules(CONF, `(?:[^\\s"']|${DQ}|${SQ})*`),
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
      // The keyword is case-sensitive in ACL files (unlike the `user` directive of redis.conf).
      begin: '^\\s*(user)(?:\\s+([^\\s]+))?(?=\\s|$)',
      beginCaptures: { 1: { name: `keyword.other.user.${ACL}` }, 2: { name: `entity.name.user.${ACL}` } },
      end: '$',
      patterns: [{ include: '#acl-rules' }],
    },
    { match: '^\\s*\\S.*$', name: `invalid.illegal.line.${ACL}` },
  ],
  repository: aclRules(ACL, '[^\\s]*'),
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
