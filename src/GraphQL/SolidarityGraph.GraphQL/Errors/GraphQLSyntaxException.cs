namespace SolidarityGraph.GraphQL.Errors;

/// <summary>
/// Thrown by the parser for malformed documents and exceeded limits; the only exception a parse entry point throws
/// for bad input. The message is graphql-js 17.1.0's wording, e.g. <c>Syntax Error: Expected Name, found &lt;EOF&gt;.</c>
/// </summary>
public sealed class GraphQLSyntaxException : Exception
{
    /// <summary>Creates the exception from the error it reports.</summary>
    public GraphQLSyntaxException(GraphQLError error)
        : base(error?.Message)
    {
        Error = error ?? throw new ArgumentNullException(nameof(error));
    }

    /// <summary>The error, with its single location, code and spec link.</summary>
    public GraphQLError Error { get; }

    /// <summary>1-based line of the error.</summary>
    public int Line => Error.Locations.Count > 0 ? Error.Locations[0].Line : 0;

    /// <summary>1-based column of the error, in UTF-16 code units.</summary>
    public int Column => Error.Locations.Count > 0 ? Error.Locations[0].Column : 0;

    /// <summary>The stable error code (<see cref="ErrorCodes"/>).</summary>
    public string Code => Error.Code ?? ErrorCodes.ParseFailed;
}
