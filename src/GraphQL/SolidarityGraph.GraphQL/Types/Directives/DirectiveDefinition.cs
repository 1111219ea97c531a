using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Types.Directives;

/// <summary>A directive definition (spec §3.13): name, arguments, allowed locations and repeatability.</summary>
public sealed class DirectiveDefinition
{
    /// <summary>Creates a directive definition.</summary>
    /// <param name="name">A valid name, without <c>@</c>.</param>
    /// <param name="locations">Where it may be applied; at least one.</param>
    public DirectiveDefinition(string name, params DirectiveLocation[] locations)
        : this(name, (IEnumerable<DirectiveLocation>)locations)
    {
    }

    /// <summary>Creates a directive definition.</summary>
    /// <param name="name">A valid name, without <c>@</c>.</param>
    /// <param name="locations">Where it may be applied, in definition order.</param>
    public DirectiveDefinition(string name, IEnumerable<DirectiveLocation> locations)
    {
        Name = Names.Assert(name);
        Locations = (locations ?? throw new ArgumentNullException(nameof(locations))).ToArray();
    }

    /// <summary>The name, without <c>@</c>.</summary>
    public string Name { get; }

    /// <summary>The description (Markdown), or <see langword="null"/>.</summary>
    public string? Description { get; set; }

    /// <summary>The arguments in definition order.</summary>
    public FieldCollection<Argument> Arguments { get; } = new();

    /// <summary>The allowed locations, in definition order.</summary>
    public IReadOnlyList<DirectiveLocation> Locations { get; }

    /// <summary>Whether it may appear more than once at one location (<c>repeatable</c>).</summary>
    public bool IsRepeatable { get; set; }

    /// <summary>Why the directive is deprecated (graphql-js 17 <c>@deprecated</c> on DIRECTIVE_DEFINITION), or <see langword="null"/>.</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>The definition it was built from, or <see langword="null"/>.</summary>
    public DirectiveDefinitionNode? AstNode { get; set; }

    /// <summary>Free-form metadata for the engine and application layers.</summary>
    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Appends an argument and returns this directive, for fluent construction.</summary>
    public DirectiveDefinition AddArgument(Argument argument)
    {
        Arguments.Add(argument);
        return this;
    }

    /// <summary><c>@name</c>.</summary>
    public override string ToString() => "@" + Name;
}
