using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Types;

/// <summary>
/// Shared state of every named type. Types are built in code (object initialisers) or by
/// <see cref="Utilities.SchemaBuilder"/>; once a <see cref="Schema"/> has been built over them they must not change.
/// </summary>
public abstract class NamedTypeBase : INamedType
{
    /// <summary>Initialises the type.</summary>
    /// <param name="name">A valid GraphQL name (spec §2.1.9).</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid name.</exception>
    protected NamedTypeBase(string name) => Name = Names.Assert(name);

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public abstract TypeKind Kind { get; }

    /// <inheritdoc/>
    public string? Description { get; set; }

    /// <inheritdoc/>
    public IReadOnlyList<DirectiveNode> Directives { get; set; } = Array.Empty<DirectiveNode>();

    /// <inheritdoc/>
    public TypeDefinitionNode? AstNode { get; set; }

    /// <inheritdoc/>
    public IReadOnlyList<TypeExtensionNode> ExtensionAstNodes { get; set; } = Array.Empty<TypeExtensionNode>();

    /// <inheritdoc/>
    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>
    /// All union members or implemented interfaces named in SDL, in order, when some have the wrong kind (e.g.
    /// <c>union U = Int</c>): the typed lists cannot hold those, so they are kept here for validation and printing.
    /// </summary>
    internal IReadOnlyList<INamedType>? DeclaredReferences { get; set; }

    /// <summary>The type name.</summary>
    public override string ToString() => Name;
}
