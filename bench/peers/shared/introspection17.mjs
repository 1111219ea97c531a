// Q4's expected answer for servers that follow graphql-js 17 (SolidarityGraph's conformance reference).
// The same schema introspects differently in 16 and 17: @deprecated(reason: String!), includeDeprecated: Boolean!,
// and the FRAGMENT_VARIABLE_DEFINITION directive location are 17's.
import { buildSchema, graphqlSync } from 'graphql17';

export function introspect17(sdl, source) {
  return graphqlSync({ schema: buildSchema(sdl), source });
}
