// Context keys and the URI scheme of the live audit; package.json uses the same (ids.test.ts checks).

/** Set once a report exists (export commands in the palette) and while findings are in Problems. */
export const CONTEXT_REPORT_AVAILABLE = 'redisConf.auditReportAvailable';
export const CONTEXT_PROBLEMS_SHOWN = 'redisConf.auditProblemsShown';

/** URI scheme of the read-only report documents. */
export const AUDIT_SCHEME = 'redis-audit';
