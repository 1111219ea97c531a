namespace SolidarityGraph.GraphQL.Language.Ast;

/// <summary>
/// Where a node lies in its source. Offsets and columns count UTF-16 code units, exactly as graphql-js reports
/// them on its JavaScript strings, so locations agree with the reference implementation for non-ASCII input.
/// </summary>
public readonly struct Location : IEquatable<Location>
{
    /// <summary>Creates a location.</summary>
    /// <param name="start">Offset of the node's first character (UTF-16 code units from the start of the source).</param>
    /// <param name="end">Offset just past the node's last character.</param>
    /// <param name="line">1-based line of the first character.</param>
    /// <param name="column">1-based column of the first character (UTF-16 code units).</param>
    public Location(int start, int end, int line, int column)
    {
        Start = start;
        End = end;
        Line = line;
        Column = column;
    }

    /// <summary>Offset of the node's first character, in UTF-16 code units.</summary>
    public int Start { get; }

    /// <summary>Offset just past the node's last character, in UTF-16 code units.</summary>
    public int End { get; }

    /// <summary>1-based line of the node's first character.</summary>
    public int Line { get; }

    /// <summary>1-based column of the node's first character, in UTF-16 code units.</summary>
    public int Column { get; }

    /// <inheritdoc/>
    public bool Equals(Location other) =>
        Start == other.Start && End == other.End && Line == other.Line && Column == other.Column;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Location other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked((((Start * 397) ^ End) * 397 ^ Line) * 397 ^ Column);

    /// <inheritdoc/>
    public override string ToString() => $"{Line}:{Column} [{Start}..{End})";

    /// <summary>True when both name the same span, line and column.</summary>
    public static bool operator ==(Location left, Location right) => left.Equals(right);

    /// <summary>True when they differ in span, line or column.</summary>
    public static bool operator !=(Location left, Location right) => !left.Equals(right);
}
