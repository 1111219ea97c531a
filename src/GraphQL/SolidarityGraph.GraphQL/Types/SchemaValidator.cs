using SolidarityGraph.GraphQL.Errors;

namespace SolidarityGraph.GraphQL.Types;

/// <summary>
/// Checks that a schema satisfies the type system rules (spec §3: root types §3.3.1, names §2.1.9, objects §3.6.2,
/// interfaces §3.7.2, unions §3.8.1, enums §3.9.1, input objects §3.10.2, directives §3.13.1) with graphql-js
/// 17.1.0's messages. An empty result means the schema is valid.
/// </summary>
public static partial class SchemaValidator
{
    /// <summary>The stable <c>extensions.code</c> of schema validation errors.</summary>
    public const string ErrorCode = "GRAPHQL_INVALID_SCHEMA";

    /// <summary>Validates <paramref name="schema"/>; returns every problem found, in graphql-js's order.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema)
    {
        if (schema is null)
        {
            throw new ArgumentNullException(nameof(schema));
        }

        var context = new SchemaValidationContext(schema);
        ValidateRootTypes(context);
        ValidateDirectives(context);
        ValidateTypes(context);
        return context.Errors;
    }

    static partial void ValidateRootTypes(SchemaValidationContext context);

    static partial void ValidateDirectives(SchemaValidationContext context);

    static partial void ValidateTypes(SchemaValidationContext context);
}
