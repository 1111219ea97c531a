using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types.Directives;

namespace SolidarityGraph.GraphQL.Types;

/// <summary>What a <see cref="Schema"/> is built from.</summary>
public sealed class SchemaConfig
{
    /// <summary>The schema description.</summary>
    public string? Description { get; set; }

    /// <summary>The query root type.</summary>
    public ObjectType? Query { get; set; }

    /// <summary>The mutation root type.</summary>
    public ObjectType? Mutation { get; set; }

    /// <summary>The subscription root type.</summary>
    public ObjectType? Subscription { get; set; }

    /// <summary>Types to include even when not reachable from the roots (e.g. interface implementations), in order.</summary>
    public IReadOnlyList<INamedType>? Types { get; set; }

    /// <summary>The directives; <see langword="null"/> means <see cref="SpecifiedDirectives.All"/>. Include the specified ones yourself when you set this.</summary>
    public IReadOnlyList<DirectiveDefinition>? Directives { get; set; }

    /// <summary>The directives applied to the schema.</summary>
    public IReadOnlyList<DirectiveNode>? AppliedDirectives { get; set; }

    /// <summary>The schema definition node, when built from SDL.</summary>
    public SchemaDefinitionNode? AstNode { get; set; }

    /// <summary>The schema extension nodes, when built from SDL.</summary>
    public IReadOnlyList<SchemaExtensionNode>? ExtensionAstNodes { get; set; }

    /// <summary>Root types named in SDL that are not object types; reported by schema validation.</summary>
    internal IReadOnlyDictionary<OperationType, INamedType>? NonObjectRootTypes { get; set; }
}
