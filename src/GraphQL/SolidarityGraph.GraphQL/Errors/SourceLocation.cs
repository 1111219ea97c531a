namespace SolidarityGraph.GraphQL.Errors;

/// <summary>A 1-based line and column in a GraphQL document, as reported in the <c>locations</c> of an error.</summary>
public readonly struct SourceLocation : IEquatable<SourceLocation>
{
    /// <summary>Creates a location.</summary>
    public SourceLocation(int line, int column)
    {
        Line = line;
        Column = column;
    }

    /// <summary>1-based line.</summary>
    public int Line { get; }

    /// <summary>1-based column, counted in UTF-16 code units like graphql-js.</summary>
    public int Column { get; }

    /// <inheritdoc/>
    public bool Equals(SourceLocation other) => Line == other.Line && Column == other.Column;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SourceLocation other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked((Line * 397) ^ Column);

    /// <inheritdoc/>
    public override string ToString() => $"({Line}:{Column})";

    /// <summary>True when both name the same line and column.</summary>
    public static bool operator ==(SourceLocation left, SourceLocation right) => left.Equals(right);

    /// <summary>True when they differ in line or column.</summary>
    public static bool operator !=(SourceLocation left, SourceLocation right) => !left.Equals(right);
}
