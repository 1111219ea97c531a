using SolidarityGraph.GraphQL.Types.Scalars;

namespace SolidarityGraph.GraphQL.Types.Directives;

/// <summary>
/// The directives every schema has (spec §3.13.1–§3.13.5), defined like graphql-js 17.1.0 (including its
/// descriptions, which introspection exposes, <c>reason: String!</c> and the extra <c>DIRECTIVE_DEFINITION</c>
/// location of <c>@deprecated</c>).
/// </summary>
public static class SpecifiedDirectives
{
    /// <summary>The reason <c>@deprecated</c> uses when none is given.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary><c>@include(if: Boolean!)</c> (spec §3.13.2).</summary>
    public static readonly DirectiveDefinition Include = Conditional(
        "include",
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        "Included when true.");

    /// <summary><c>@skip(if: Boolean!)</c> (spec §3.13.1).</summary>
    public static readonly DirectiveDefinition Skip = Conditional(
        "skip",
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        "Skipped when true.");

    /// <summary><c>@deprecated(reason: String! = "No longer supported")</c> (spec §3.13.3).</summary>
    public static readonly DirectiveDefinition Deprecated = CreateDeprecated();

    /// <summary><c>@specifiedBy(url: String!)</c> (spec §3.13.4).</summary>
    public static readonly DirectiveDefinition SpecifiedBy = new DirectiveDefinition("specifiedBy", DirectiveLocation.Scalar)
    {
        Description = "Exposes a URL that specifies the behavior of this scalar.",
    }.AddArgument(new Argument("url", new NonNullType(SpecifiedScalars.String))
    {
        Description = "The URL that specifies the behavior of this scalar.",
    });

    /// <summary><c>@oneOf</c> (spec §3.13.5).</summary>
    public static readonly DirectiveDefinition OneOf = new("oneOf", DirectiveLocation.InputObject)
    {
        Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
    };

    /// <summary>All five, in graphql-js's order: include, skip, deprecated, specifiedBy, oneOf.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } =
        new[] { Include, Skip, Deprecated, SpecifiedBy, OneOf };

    /// <summary>Whether <paramref name="directive"/> is named like a specified directive (as graphql-js decides).</summary>
    public static bool IsSpecified(DirectiveDefinition directive) =>
        directive.Name is "include" or "skip" or "deprecated" or "specifiedBy" or "oneOf";

    private static DirectiveDefinition Conditional(string name, string description, string argumentDescription) =>
        new DirectiveDefinition(name, DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment)
        {
            Description = description,
        }.AddArgument(new Argument("if", new NonNullType(SpecifiedScalars.Boolean)) { Description = argumentDescription });

    private static DirectiveDefinition CreateDeprecated()
    {
        var reason = new Argument("reason", new NonNullType(SpecifiedScalars.String))
        {
            Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
        };
        reason.SetDefaultValue(DefaultDeprecationReason);
        return new DirectiveDefinition(
            "deprecated",
            DirectiveLocation.FieldDefinition,
            DirectiveLocation.ArgumentDefinition,
            DirectiveLocation.InputFieldDefinition,
            DirectiveLocation.EnumValue,
            DirectiveLocation.DirectiveDefinition)
        {
            Description = "Marks an element of a GraphQL schema as no longer supported.",
        }.AddArgument(reason);
    }
}
