using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Data.Building;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Data;

/// <summary>Builds a code-first schema and completes its data fields (connection, filter and sort types and arguments).</summary>
public static class DataSchemaBuilderExtensions
{
    /// <summary>
    /// <see cref="CodeFirstSchemaBuilder.Build"/>, then every field marked with <c>UsePaging</c>, <c>UseOffsetPaging</c>,
    /// <c>UseFiltering</c>, <c>UseSorting</c> or <c>UseProjection</c> gets its generated types and arguments.
    /// </summary>
    /// <exception cref="SchemaBuildException">A definition is invalid, or a data field cannot be completed.</exception>
    public static Schema BuildWithData(this CodeFirstSchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return DataSchemaCompletion.Complete(builder.Build());
    }
}
