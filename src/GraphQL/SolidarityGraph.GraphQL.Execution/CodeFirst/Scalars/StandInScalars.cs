using System.Globalization;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.CodeFirst.Scalars;

// Stand-ins until the core ships these scalars in Types/Scalars/ (requested in the type-system request log); the
// code-first mapping then switches to the core instances and this file goes away. Names follow PARITY.md §10.

/// <summary><c>DateTime</c>: an RFC 3339 date-time with offset; <see cref="DateTime"/> and <see cref="DateTimeOffset"/> on output, <see cref="DateTimeOffset"/> on input.</summary>
internal sealed class DateTimeScalar : ScalarType
{
    public DateTimeScalar()
        : base("DateTime")
    {
        Description = "A date-time with an offset, as in RFC 3339 (`2024-05-01T12:30:00Z`).";
        SpecifiedByUrl = "https://www.graphql-scalars.com/date-time/";
    }

    public override Type? RuntimeType => typeof(DateTimeOffset);

    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        DateTimeOffset offset => Format(offset),
        DateTime dateTime => Format(dateTime.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(dateTime, TimeSpan.Zero) : new DateTimeOffset(dateTime)),
        _ => throw new LeafCoercionException($"DateTime cannot represent value: {runtimeValue}"),
    };

    public override object? ParseValue(object? externalValue) =>
        externalValue is string text && TryParse(text, out var value)
            ? value
            : throw new LeafCoercionException($"DateTime cannot represent value: {externalValue}");

    public override object? ParseLiteral(ValueNode literal) =>
        literal is StringValueNode { Value: var text } && TryParse(text, out var value)
            ? value
            : throw LiteralError($"DateTime cannot represent value: {Printer.Print(literal)}", literal);

    public override ValueNode? ValueToLiteral(object? value) =>
        value is DateTimeOffset or DateTime ? new StringValueNode((string)Serialize(value)!) : null;

    private static string Format(DateTimeOffset value) => value.Offset == TimeSpan.Zero
        ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
        : value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    // RFC 3339 §5.6 requires the 'T' separator and an explicit offset.
    private static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        return text.Length >= 20 && (text[10] is 'T' or 't')
            && (text[^1] is 'Z' or 'z' || text[^6] is '+' or '-')
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }
}

/// <summary><c>LocalDate</c>: a calendar date <c>yyyy-MM-dd</c> (<see cref="DateOnly"/>).</summary>
internal sealed class LocalDateScalar : ScalarType
{
    public LocalDateScalar()
        : base("LocalDate") => Description = "A calendar date without time or offset (`2024-05-01`).";

    public override Type? RuntimeType => typeof(DateOnly);

    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dateTime => DateOnly.FromDateTime(dateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new LeafCoercionException($"LocalDate cannot represent value: {runtimeValue}"),
    };

    public override object? ParseValue(object? externalValue) =>
        externalValue is string text && TryParse(text, out var date)
            ? date
            : throw new LeafCoercionException($"LocalDate cannot represent value: {externalValue}");

    public override object? ParseLiteral(ValueNode literal) =>
        literal is StringValueNode { Value: var text } && TryParse(text, out var date)
            ? date
            : throw LiteralError($"LocalDate cannot represent value: {Printer.Print(literal)}", literal);

    public override ValueNode? ValueToLiteral(object? value) =>
        value is DateOnly or DateTime ? new StringValueNode((string)Serialize(value)!) : null;

    private static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}

/// <summary><c>Decimal</c>: a decimal number serialized as a string, so money never passes through floating point.</summary>
internal sealed class DecimalScalar : ScalarType
{
    public DecimalScalar()
        : base("Decimal") => Description = "A decimal number, serialized as a string (`\"1250.50\"`) so no precision is lost.";

    public override Type? RuntimeType => typeof(decimal);

    public override object? Serialize(object? runtimeValue) => runtimeValue is decimal value
        ? value.ToString(CultureInfo.InvariantCulture)
        : throw new LeafCoercionException($"Decimal cannot represent value: {runtimeValue}");

    public override object? ParseValue(object? externalValue) => externalValue switch
    {
        string text when TryParse(text, out var value) => value,
        int or long => Convert.ToDecimal(externalValue, CultureInfo.InvariantCulture),
        _ => throw new LeafCoercionException($"Decimal cannot represent value: {externalValue}"),
    };

    public override object? ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode { Value: var text } when TryParse(text, out var value) => value,
        IntValueNode { Value: var text } when TryParse(text, out var value) => value,
        _ => throw LiteralError($"Decimal cannot represent value: {Printer.Print(literal)}", literal),
    };

    public override ValueNode? ValueToLiteral(object? value) =>
        value is decimal d ? new StringValueNode(d.ToString(CultureInfo.InvariantCulture)) : null;

    private static bool TryParse(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
}

/// <summary><c>UUID</c>: a <see cref="Guid"/> in the hyphenated form.</summary>
internal sealed class UuidScalar : ScalarType
{
    public UuidScalar()
        : base("UUID") => Description = "A UUID in the hyphenated form (`0f8fad5b-d9cb-469f-a165-70867728950e`).";

    public override Type? RuntimeType => typeof(Guid);

    public override object? Serialize(object? runtimeValue) => runtimeValue is Guid value
        ? value.ToString("D")
        : throw new LeafCoercionException($"UUID cannot represent value: {runtimeValue}");

    public override object? ParseValue(object? externalValue) =>
        externalValue is string text && Guid.TryParseExact(text, "D", out var value)
            ? value
            : throw new LeafCoercionException($"UUID cannot represent value: {externalValue}");

    public override object? ParseLiteral(ValueNode literal) =>
        literal is StringValueNode { Value: var text } && Guid.TryParseExact(text, "D", out var value)
            ? value
            : throw LiteralError($"UUID cannot represent value: {Printer.Print(literal)}", literal);

    public override ValueNode? ValueToLiteral(object? value) => value is Guid g ? new StringValueNode(g.ToString("D")) : null;
}

/// <summary><c>Long</c>: a signed 64-bit integer.</summary>
internal sealed class LongScalar : ScalarType
{
    public LongScalar()
        : base("Long") => Description = "A signed 64-bit integer.";

    public override Type? RuntimeType => typeof(long);

    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        long value => value,
        int value => (long)value,
        _ => throw new LeafCoercionException($"Long cannot represent value: {runtimeValue}"),
    };

    public override object? ParseValue(object? externalValue) => externalValue switch
    {
        long value => value,
        int value => (long)value,
        _ => throw new LeafCoercionException($"Long cannot represent value: {externalValue}"),
    };

    public override object? ParseLiteral(ValueNode literal) =>
        literal is IntValueNode { Value: var text } && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw LiteralError($"Long cannot represent value: {Printer.Print(literal)}", literal);

    public override ValueNode? ValueToLiteral(object? value) =>
        value is long or int ? new IntValueNode(Convert.ToString(value, CultureInfo.InvariantCulture)!) : null;
}

/// <summary><c>URL</c>: an absolute URI (<see cref="Uri"/>).</summary>
internal sealed class UrlScalar : ScalarType
{
    public UrlScalar()
        : base("URL") => Description = "An absolute URL (`https://example.org/projects/1`).";

    public override Type? RuntimeType => typeof(Uri);

    public override object? Serialize(object? runtimeValue) => runtimeValue is Uri { IsAbsoluteUri: true } uri
        ? uri.AbsoluteUri
        : throw new LeafCoercionException($"URL cannot represent value: {runtimeValue}");

    public override object? ParseValue(object? externalValue) =>
        externalValue is string text && Uri.TryCreate(text, UriKind.Absolute, out var uri)
            ? uri
            : throw new LeafCoercionException($"URL cannot represent value: {externalValue}");

    public override object? ParseLiteral(ValueNode literal) =>
        literal is StringValueNode { Value: var text } && Uri.TryCreate(text, UriKind.Absolute, out var uri)
            ? uri
            : throw LiteralError($"URL cannot represent value: {Printer.Print(literal)}", literal);

    public override ValueNode? ValueToLiteral(object? value) => value is Uri { IsAbsoluteUri: true } uri ? new StringValueNode(uri.AbsoluteUri) : null;
}
