using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.Api.Schema.Mutations;

/// <summary>
/// Applies the mutation conventions (PARITY.md §11, Hot Chocolate's <c>AddMutationConventions(applyToAllMutations: true)</c>)
/// to every field of the <c>Mutation</c> type, after the code-first build:
/// <code>
/// createProject(title: String!, kind: ProjectKind!): Project!
///   becomes
/// createProject(input: CreateProjectInput!): CreateProjectPayload!
/// input CreateProjectInput { title: String! kind: ProjectKind! }
/// type CreateProjectPayload { project: Project  errors: [CreateProjectError!] }
/// union CreateProjectError = ValidationError | NotFoundError
/// </code>
/// A field with a <c>version</c> argument (an edit of a versioned record) also gets <c>ConcurrencyError</c>.
/// The resolver keeps its plain parameters: <see cref="MutationExecution"/> feeds it the input's fields and turns
/// domain exceptions into the typed errors.
/// </summary>
internal static class MutationConventions
{
    /// <summary>Name of the single argument.</summary>
    public const string InputArgument = "input";

    /// <summary>Name of the argument that makes a mutation an edit of a known version.</summary>
    public const string VersionArgument = "version";

    /// <summary>Rewrites the mutation fields of <paramref name="schema"/> and returns the schema that includes the generated types.</summary>
    /// <exception cref="SchemaBuildException">A mutation field cannot follow the conventions.</exception>
    public static GraphQL.Types.Schema Apply(GraphQL.Types.Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (schema.MutationType is not { } mutation)
        {
            return schema;
        }

        var errors = new List<string>();
        var validation = Require<ObjectType>(schema, "ValidationError", errors);
        var notFound = Require<ObjectType>(schema, "NotFoundError", errors);
        var conflict = Require<ObjectType>(schema, "ConcurrencyError", errors);
        var generated = new List<INamedType>();
        foreach (var field in mutation.Fields.ToList())
        {
            if (field.Resolver is null || field.Type.NamedType() is not ObjectType result)
            {
                errors.Add($"Mutation.{field.Name}: a convention mutation needs a resolver and must return an object type.");
                continue;
            }

            if (validation is null || notFound is null || conflict is null)
            {
                continue;
            }

            var name = char.ToUpperInvariant(field.Name[0]) + field.Name[1..];
            var input = InputType(name, field);
            var members = field.Arguments.Contains(VersionArgument) ? new[] { validation, notFound, conflict } : new[] { validation, notFound };
            var union = new UnionType(name + "Error") { Types = members, Description = $"The typed errors `{field.Name}` can return." };
            var payload = PayloadType(name, field.Name, result, union);
            generated.AddRange([input, union, payload]);
            mutation.Fields.Set(Rewrite(field, input, payload));
        }

        if (errors.Count > 0)
        {
            throw new SchemaBuildException(errors);
        }

        return new GraphQL.Types.Schema(new SchemaConfig
        {
            Description = schema.Description,
            Query = schema.QueryType,
            Mutation = mutation,
            Subscription = schema.SubscriptionType,
            Types = schema.Types.Where(t => !t.IsIntrospectionType()).Concat(generated).ToList(),
            Directives = schema.Directives,
        });
    }

    private static InputObjectType InputType(string name, OutputField field)
    {
        var input = new InputObjectType(name + "Input") { Description = $"The input of `{field.Name}`." };
        foreach (var argument in field.Arguments)
        {
            var inputField = new InputField(argument.Name, argument.Type)
            {
                Description = argument.Description,
                DeprecationReason = argument.DeprecationReason,
            };
            if (argument.HasDefaultValue)
            {
                inputField.SetDefaultValue(argument.DefaultValue);
            }

            input.AddField(inputField);
        }

        return input;
    }

    private static ObjectType PayloadType(string name, string fieldName, ObjectType result, UnionType union)
    {
        var payload = new ObjectType(name + "Payload") { Description = $"The result of `{fieldName}`: the node, or the typed errors." };
        var resultField = char.ToLowerInvariant(result.Name[0]) + result.Name[1..];
        payload.AddField(new OutputField(resultField, result, context => new ValueTask<object?>(((MutationPayload)context.Parent!).Result))
        {
            Description = "The node after the change (for a deletion: as it was); null when `errors` is set.",
        });
        payload.AddField(new OutputField("errors", new ListType(new NonNullType(union)), context => new ValueTask<object?>(((MutationPayload)context.Parent!).Errors))
        {
            Description = "Why nothing was saved; null when the mutation succeeded.",
        });
        return payload;
    }

    private static OutputField Rewrite(OutputField field, InputObjectType input, ObjectType payload)
    {
        var resolver = field.Resolver!;
        var rewritten = new OutputField(field.Name, new NonNullType(payload), context => MutationExecution.RunAsync(context, resolver))
        {
            Description = field.Description,
            DeprecationReason = field.DeprecationReason,
            Directives = field.Directives,
        };
        rewritten.AddArgument(new Argument(InputArgument, new NonNullType(input)));
        foreach (var (key, value) in field.ContextData)
        {
            rewritten.ContextData[key] = value;
        }

        return rewritten;
    }

    private static T? Require<T>(GraphQL.Types.Schema schema, string name, List<string> errors)
        where T : class, INamedType
    {
        var type = schema.GetType(name) as T;
        if (type is null)
        {
            errors.Add($"The mutation conventions need the type \"{name}\"; register it with MutationSchema.Register.");
        }

        return type;
    }
}
