// The bundler (scripts/build.mjs) replaces this identifier with package.json's version; code run
// straight from tsc output (the unit tests) sees the fallback.
declare const REDIS_CONF_VERSION: string | undefined;

export const VERSION: string = typeof REDIS_CONF_VERSION === 'string' ? REDIS_CONF_VERSION : '0.0.0-dev';
