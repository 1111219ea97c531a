using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Types;

/// <summary>A field of an object or interface type (spec §3.6 FieldsDefinition).</summary>
public sealed class OutputField : INamedMember
{
    /// <summary>Creates a field.</summary>
    /// <param name="name">A valid GraphQL name.</param>
    /// <param name="type">An output type (validated when the schema is validated).</param>
    /// <param name="resolver">The resolver, or <see langword="null"/> to read the parent's member of the same name.</param>
    public OutputField(string name, IType type, FieldResolver? resolver = null)
    {
        Name = Names.Assert(name);
        Type = type ?? throw new ArgumentNullException(nameof(type));
        Resolver = resolver;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>The field type.</summary>
    public IType Type { get; }

    /// <summary>The description (Markdown), or <see langword="null"/>.</summary>
    public string? Description { get; set; }

    /// <summary>The arguments in definition order.</summary>
    public FieldCollection<Argument> Arguments { get; } = new();

    /// <summary>Why the field is deprecated, or <see langword="null"/> when it is not (spec §3.13.3 @deprecated).</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>Whether <see cref="DeprecationReason"/> is set.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The resolver, or <see langword="null"/> for the executor's default (read the parent's member named like the field).</summary>
    public FieldResolver? Resolver { get; set; }

    /// <summary>The directives applied to the field definition, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; set; } = Array.Empty<DirectiveNode>();

    /// <summary>The definition the field was built from, or <see langword="null"/>.</summary>
    public FieldDefinitionNode? AstNode { get; set; }

    /// <summary>Free-form metadata for the engine and application layers (authorization policies, cost …).</summary>
    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Appends an argument and returns this field, for fluent construction.</summary>
    public OutputField AddArgument(Argument argument)
    {
        Arguments.Add(argument);
        return this;
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
