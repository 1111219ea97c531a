using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.CodeFirst;

/// <summary>
/// The mutation conventions (PARITY.md §11, Hot Chocolate's <c>AddMutationConventions(applyToAllMutations: true)</c>)
/// for every field of the <c>Mutation</c> type, inside <see cref="CodeFirstSchemaBuilder.Build"/>:
/// <code>
/// createProject(title: String!, kind: ProjectKind!): Project!
///   becomes
/// createProject(input: CreateProjectInput!): CreateProjectPayload!
/// input CreateProjectInput { title: String! kind: ProjectKind! }
/// type CreateProjectPayload { project: Project  errors: [CreateProjectError!] }
/// union CreateProjectError = ValidationError | NotFoundError
/// </code>
/// The error types are the application's (<see cref="MutationConventionOptions.ErrorTypes"/>). The resolver keeps its
/// plain parameters: it is fed the input's fields, and <see cref="MutationConventionOptions.Execute"/> turns what the
/// application refuses into the typed errors.
/// </summary>
public static class MutationConventionExtensions
{
    /// <summary>Name of the single argument.</summary>
    public const string InputArgument = "input";

    private static readonly IReadOnlyDictionary<string, object?> NoInput = new Dictionary<string, object?>();

    /// <summary>Applies the conventions inside <see cref="CodeFirstSchemaBuilder.Build"/> (stage <see cref="SchemaCompletionStage.Conventions"/>).</summary>
    public static CodeFirstSchemaBuilder UseMutationConventions(this CodeFirstSchemaBuilder builder, MutationConventionOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        return builder.AddSchemaCompletion(SchemaCompletionStage.Conventions, schema => Apply(schema, options));
    }

    /// <summary>Rewrites the mutation fields of <paramref name="schema"/> and returns the schema that includes the generated types.</summary>
    /// <exception cref="SchemaBuildException">A mutation field cannot follow the conventions.</exception>
    public static Schema Apply(Schema schema, MutationConventionOptions options)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(options);
        if (schema.MutationType is not { } mutation)
        {
            return schema;
        }

        var errors = new List<string>();
        var generated = new List<INamedType>();
        foreach (var field in mutation.Fields.ToList())
        {
            if (field.Resolver is null || field.Type.NamedType() is not ObjectType result)
            {
                errors.Add($"Mutation.{field.Name}: a convention mutation needs a resolver and must return an object type.");
                continue;
            }

            var members = ErrorTypesOf(schema, field, options, errors);
            if (members.Count == 0)
            {
                continue;
            }

            var name = char.ToUpperInvariant(field.Name[0]) + field.Name[1..];
            var input = InputType(name, field);
            var union = new UnionType(name + "Error") { Types = members, Description = $"The typed errors `{field.Name}` can return." };
            var payload = PayloadType(name, field.Name, result, union);
            generated.AddRange([input, union, payload]);
            mutation.Fields.Set(Rewrite(field, input, payload, options));
        }

        if (errors.Count > 0)
        {
            throw new SchemaBuildException(errors.Distinct().ToList());
        }

        return new Schema(new SchemaConfig
        {
            Description = schema.Description,
            Query = schema.QueryType,
            Mutation = mutation,
            Subscription = schema.SubscriptionType,
            Types = schema.Types.Where(t => !t.IsIntrospectionType()).Concat(generated).ToList(),
            Directives = schema.Directives,
        });
    }

    /// <summary>Runs one convention mutation with the input's fields as the resolver's arguments.</summary>
    private static ValueTask<MutationPayload> RunAsync(IResolverContext context, FieldResolver resolver, MutationConventionOptions options)
    {
        var input = context.Arguments.TryGetValue(InputArgument, out var value) && value is IReadOnlyDictionary<string, object?> map ? map : NoInput;
        var inputContext = new InputArgumentsContext(context, input);
        return options.Execute is { } execute ? execute(inputContext, resolver) : SucceedAsync(inputContext, resolver);
    }

    private static async ValueTask<MutationPayload> SucceedAsync(IResolverContext context, FieldResolver resolver) =>
        MutationPayload.Success(await resolver(context).ConfigureAwait(false));

    private static List<ObjectType> ErrorTypesOf(Schema schema, OutputField field, MutationConventionOptions options, List<string> errors)
    {
        var names = options.ErrorTypes.Concat(options.ErrorTypesOf?.Invoke(field) ?? []).Distinct(StringComparer.Ordinal);
        var types = new List<ObjectType>();
        foreach (var name in names)
        {
            if (schema.GetType(name) is ObjectType type)
            {
                types.Add(type);
            }
            else
            {
                errors.Add($"The mutation conventions need the object type \"{name}\"; register it with AddType.");
            }
        }

        if (types.Count == 0 && errors.Count == 0)
        {
            errors.Add("The mutation conventions need at least one error type (MutationConventionOptions.ErrorTypes).");
        }

        return types;
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

    private static OutputField Rewrite(OutputField field, InputObjectType input, ObjectType payload, MutationConventionOptions options)
    {
        var resolver = field.Resolver!;
        var rewritten = new OutputField(field.Name, new NonNullType(payload), async context => await RunAsync(context, resolver, options).ConfigureAwait(false))
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
}
