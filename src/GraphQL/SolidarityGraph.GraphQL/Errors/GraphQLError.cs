namespace SolidarityGraph.GraphQL.Errors;

/// <summary>
/// An error as the spec's response format describes it (§7.1.2 Errors): a message, optional locations and path,
/// and extensions carrying a stable <c>code</c> and, where one applies, the <c>specifiedBy</c> spec link (with the
/// <c>specSection</c> number for errors of validation rules).
/// </summary>
public sealed class GraphQLError
{
    /// <summary>The <c>extensions</c> key holding the stable error code.</summary>
    public const string CodeKey = "code";

    /// <summary>The <c>extensions</c> key holding the spec link.</summary>
    public const string SpecifiedByKey = "specifiedBy";

    /// <summary>
    /// The <c>extensions</c> key holding the number of the spec section a validation rule implements, in the edition
    /// that <see cref="SpecifiedByKey"/> links to (graphql-dotnet reports the same number as <c>number</c>).
    /// </summary>
    public const string SpecSectionKey = "specSection";

    private static readonly IReadOnlyDictionary<string, object?> NoExtensions = new Dictionary<string, object?>();

    /// <summary>Creates an error.</summary>
    /// <param name="message">The human-readable message.</param>
    /// <param name="locations">Where in the document the error applies; empty when unknown.</param>
    /// <param name="path">The response path (field names and list indices), for execution errors.</param>
    /// <param name="extensions">Extra data; <c>code</c> and <c>specifiedBy</c> by convention.</param>
    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
    {
        Message = message ?? throw new ArgumentNullException(nameof(message));
        Locations = locations ?? Array.Empty<SourceLocation>();
        Path = path;
        Extensions = extensions ?? NoExtensions;
    }

    /// <summary>Creates an error with a code and a spec link.</summary>
    public static GraphQLError Create(string message, string code, string? specifiedBy, params SourceLocation[] locations)
    {
        var extensions = new Dictionary<string, object?> { [CodeKey] = code };
        if (specifiedBy is not null)
        {
            extensions[SpecifiedByKey] = specifiedBy;
        }

        return new GraphQLError(message, locations, null, extensions);
    }

    /// <summary>Creates the error of a rule that a spec section defines: its code, the section's link and its number.</summary>
    public static GraphQLError ForSpecSection(string message, string code, SpecSection section, params SourceLocation[] locations)
    {
        if (section is null)
        {
            throw new ArgumentNullException(nameof(section));
        }

        var extensions = new Dictionary<string, object?>
        {
            [CodeKey] = code,
            [SpecifiedByKey] = section.Link,
            [SpecSectionKey] = section.Number,
        };
        return new GraphQLError(message, locations, null, extensions);
    }

    /// <summary>The human-readable message.</summary>
    public string Message { get; }

    /// <summary>Where in the document the error applies; empty when unknown.</summary>
    public IReadOnlyList<SourceLocation> Locations { get; }

    /// <summary>The response path, or <see langword="null"/>.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Extra data such as <c>code</c> and <c>specifiedBy</c>; empty when none.</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; }

    /// <summary>The stable code from <see cref="Extensions"/>, or <see langword="null"/>.</summary>
    public string? Code => Extensions.TryGetValue(CodeKey, out var code) ? code as string : null;

    /// <summary>The spec link from <see cref="Extensions"/>, or <see langword="null"/>.</summary>
    public string? SpecifiedBy => Extensions.TryGetValue(SpecifiedByKey, out var link) ? link as string : null;

    /// <summary>The spec section number from <see cref="Extensions"/>, or <see langword="null"/>.</summary>
    public string? SpecSection => Extensions.TryGetValue(SpecSectionKey, out var number) ? number as string : null;

    /// <inheritdoc/>
    public override string ToString() =>
        Locations.Count == 0 ? Message : $"{Message} {string.Join(", ", Locations)}";
}
