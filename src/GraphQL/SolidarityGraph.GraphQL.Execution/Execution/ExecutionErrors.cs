using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>Builds the errors of execution with their stable code, spec link, locations and path.</summary>
internal static class ExecutionErrors
{
    public const string ExecutingRequests = SpecLinks.Edition + "#sec-Executing-Requests";
    public const string CoercingVariableValues = SpecLinks.Edition + "#sec-Coercing-Variable-Values";
    public const string CoercingFieldArguments = SpecLinks.Edition + "#sec-Coercing-Field-Arguments";
    public const string ValueCompletion = SpecLinks.Edition + "#sec-Value-Completion";
    public const string HandlingExecutionErrors = SpecLinks.Edition + "#sec-Handling-Execution-Errors";
    public const string ResolvingAbstractTypes = SpecLinks.Edition + "#sec-Value-Completion.Resolving-Abstract-Types";

    public static GraphQLError Request(string message, string code, string specifiedBy, params SyntaxNode[] nodes) =>
        new(message, Locations(nodes), null, Extensions(code, specifiedBy));

    public static GraphQLError Field(string message, string code, string? specifiedBy, IReadOnlyList<SyntaxNode> nodes, ResponsePath? path) =>
        new(message, Locations(nodes), path?.ToList(), Extensions(code, specifiedBy));

    public static Dictionary<string, object?> Extensions(string code, string? specifiedBy)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { [GraphQLError.CodeKey] = code };
        if (specifiedBy is not null)
        {
            extensions[GraphQLError.SpecifiedByKey] = specifiedBy;
        }

        return extensions;
    }

    public static IReadOnlyList<SourceLocation> Locations(IReadOnlyList<SyntaxNode> nodes)
    {
        var locations = new List<SourceLocation>(nodes.Count);
        foreach (var node in nodes)
        {
            if (node.Location is { } location)
            {
                locations.Add(new SourceLocation(location.Line, location.Column));
            }
        }

        return locations;
    }
}

/// <summary>
/// A field error raised by the executor itself (argument coercion, value completion, abstract type resolution),
/// carrying its message and code until the nearest handling point turns it into a located <see cref="GraphQLError"/>.
/// </summary>
internal sealed class FieldErrorException : Exception
{
    public FieldErrorException(string message, string code, string specifiedBy, SyntaxNode? node = null)
        : base(message)
    {
        Code = code;
        SpecifiedBy = specifiedBy;
        Node = node;
    }

    public string Code { get; }

    public string SpecifiedBy { get; }

    /// <summary>The node the error points at instead of the field (an invalid argument value), or <see langword="null"/>.</summary>
    public SyntaxNode? Node { get; }
}
