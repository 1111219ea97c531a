namespace SolidarityGraph.GraphQL.CodeFirst;

/// <summary>
/// The code-first schema could not be built. <see cref="Errors"/> holds every problem found, each naming the schema
/// coordinate and the C# member or configuration it comes from, e.g.
/// <c>Project.owner: the CLR type Foo is not mapped to a GraphQL type (Project.Owner, ProjectType)</c>, followed by
/// the type-system validation errors of the assembled schema.
/// </summary>
public sealed class SchemaBuildException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SchemaBuildException(IReadOnlyList<string> errors)
        : base("The code-first schema is invalid:\n" + string.Join("\n", errors.Select(e => "- " + e)))
    {
        Errors = errors;
    }

    /// <summary>The problems, in the order they were found.</summary>
    public IReadOnlyList<string> Errors { get; }
}
