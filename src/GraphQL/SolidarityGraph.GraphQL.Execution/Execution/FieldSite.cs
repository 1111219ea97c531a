using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// A field group resolved on one parent type: what every resolver context of the group on that type shares (the
/// field, its parent type and its coerced arguments), kept by the group (<see cref="FieldGroup.SiteFor"/>). A
/// <see cref="ResolverContext"/> then holds only what differs per call: the parent value and its position.
/// </summary>
internal sealed class FieldSite
{
    // Abstract type resolution and IsTypeOf checks see the field without arguments (as they always have).
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>();

    private FieldSite? _withoutArguments;

    public FieldSite(
        FieldGroup group, ObjectType parentType, OutputField field, IReadOnlyDictionary<string, object?>? variables, IReadOnlyDictionary<string, object?> arguments)
    {
        Group = group;
        ParentType = parentType;
        Field = field;
        Variables = variables;
        Arguments = arguments;
    }

    public FieldGroup Group { get; }

    public ObjectType ParentType { get; }

    public OutputField Field { get; }

    /// <summary>The variables the arguments were coerced with; null when the field takes no argument.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; }

    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The same site with no arguments, for the contexts of type resolution (created once, on first use).</summary>
    public FieldSite WithoutArguments => _withoutArguments ??= new FieldSite(Group, ParentType, Field, Variables, NoArguments);
}
