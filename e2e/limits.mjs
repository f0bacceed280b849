// Rate limits for the e2e server (docs/decisions/0018). Every test reaches the server
// from loopback, so the whole suite is one client: registrations and nominations
// (20 guests at once, whole journeys) are lifted; sign-up is raised just above what
// the suite does from one client, so e2e/hardening/rate-limits.spec.ts can still
// reach it from a client address of its own. The rest keep their defaults.
// Failed sign-ins from the one client add up over the suite (wrong-password steps in many
// specs); the per-client lock is lifted too, and e2e/sign-in-throttling.spec.ts proves the
// per-account and per-pair rules, which these do not change.
export const e2eRateLimits = {
  registration: '10000/60',
  nomination: '10000/60',
  signUp: '30/3600',
  signInClient: '10000/900',
};

export const e2eRateLimitsEnv = Object.entries(e2eRateLimits)
  .map(([name, rule]) => `${name}=${rule}`)
  .join(',');
