// Rate limits for the e2e server (docs/decisions/0018). Every test reaches the server
// from loopback, so the whole suite is one client: registrations and nominations
// (20 guests at once, whole journeys) are lifted; sign-up is raised just above what
// the suite does from one client, so e2e/hardening/rate-limits.spec.ts can still
// reach it from a client address of its own. The rest keep their defaults.
export const e2eRateLimits = { registration: '10000/60', nomination: '10000/60', signUp: '30/3600' };

export const e2eRateLimitsEnv = Object.entries(e2eRateLimits)
  .map(([name, rule]) => `${name}=${rule}`)
  .join(',');
