namespace SolidarityGraph.GraphQL.Validation;

/// <summary>Limits and switches for <see cref="DocumentValidator"/>.</summary>
public sealed class ValidationOptions
{
    /// <summary>The default cap on reported errors: 100, as in graphql-js.</summary>
    public const int DefaultMaxErrors = 100;

    /// <summary>Options with every default; shared, do not mutate.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>
    /// How many errors to report before giving up. When one more error is found, validation stops and a last
    /// error, <c>Too many validation errors, error limit reached. Validation aborted.</c>, is appended.
    /// </summary>
    public int MaxErrors { get; set; } = DefaultMaxErrors;

    /// <summary>Leaves out "Did you mean …?" hints, so that messages do not reveal schema members.</summary>
    public bool HideSuggestions { get; set; }

    /// <summary>
    /// Whether an empty selection set (<c>{ }</c>) on a composite field passes. graphql-js 17.1.0 allows it by
    /// default and so do we; turn it off to report <c>must have at least one field selected</c>.
    /// </summary>
    public bool AllowEmptySelectionSets { get; set; } = true;
}
