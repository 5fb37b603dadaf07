/** Ids of the seed world, shared by the generator so the conversations read naturally. */
export const U = {
  priya: 361001, // agent, Support + Reviewers: the default session
  marco: 361002, // agent, Billing + Reviewers
  jordan: 361003, // agent, Support only: not a reviewer
  hana: 361004, // agent, Support + Billing, Japanese locale: not a reviewer
  sam: 361010, // admin, Support
  lucia: 362001,
  klaus: 362002,
  yuki: 362003,
  olivia: 362004,
  tom: 362005,
  amara: 362006,
  mateo: 362007,
  fatima: 362008,
} as const;

export const G = { support: 360001, billing: 360002, reviewers: 360003, engineering: 360004 } as const;

export const F = { values: 360010001, record: 360010002, productArea: 360010003 } as const;
