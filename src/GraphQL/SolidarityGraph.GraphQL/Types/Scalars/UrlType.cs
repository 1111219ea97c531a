namespace SolidarityGraph.GraphQL.Types.Scalars;

/// <summary><c>URL</c>: an absolute URI (<see cref="Uri"/>), serialized as its original text.</summary>
public sealed class UrlType : StringBackedScalar
{
    /// <summary>Creates the scalar.</summary>
    public UrlType()
        : base("URL")
    {
        Description = "An absolute URL, as specified by the WHATWG URL Standard (e.g. `https://example.org/projects`).";
        SpecifiedByUrl = "https://url.spec.whatwg.org/";
    }

    /// <inheritdoc/>
    public override Type? RuntimeType => typeof(Uri);

    /// <inheritdoc/>
    protected override string? Format(object runtimeValue) => runtimeValue is Uri { IsAbsoluteUri: true } value ? value.OriginalString : null;

    /// <inheritdoc/>
    protected override object? Parse(string text) =>
        !text.StartsWith("/", StringComparison.Ordinal) && Uri.TryCreate(text, UriKind.Absolute, out var value) ? value : null;
}
