namespace SolidarityGraph.GraphQL.Types.Scalars;

/// <summary>
/// <c>UUID</c>: a <see cref="Guid"/>, serialized in the hyphenated lower-case form (<c>"D"</c>); input accepts the
/// N, D, B, P and X forms.
/// </summary>
public sealed class UuidType : StringBackedScalar
{
    /// <summary>Creates the scalar.</summary>
    public UuidType()
        : base("UUID")
    {
        Description = "A universally unique identifier, as specified by RFC 9562 (e.g. `0190d6d2-7a5e-7c3a-9a41-3f1c2b0d4e5f`).";
        SpecifiedByUrl = "https://www.rfc-editor.org/rfc/rfc9562";
    }

    /// <inheritdoc/>
    public override Type? RuntimeType => typeof(Guid);

    /// <inheritdoc/>
    protected override string? Format(object runtimeValue) => runtimeValue is Guid value ? value.ToString("D") : null;

    /// <inheritdoc/>
    protected override object? Parse(string text) => Guid.TryParse(text, out var value) ? value : null;
}
