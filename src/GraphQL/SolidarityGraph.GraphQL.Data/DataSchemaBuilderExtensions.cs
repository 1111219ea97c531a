using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Data.Building;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Data;

/// <summary>Completes the data fields of a code-first schema (connection, filter and sort types and arguments).</summary>
public static class DataSchemaBuilderExtensions
{
    private static readonly Func<Schema, Schema> CompleteData = DataSchemaCompletion.Complete;

    /// <summary>
    /// Inside <see cref="CodeFirstSchemaBuilder.Build"/> (stage <see cref="SchemaCompletionStage.Types"/>), every field
    /// marked with <c>UsePaging</c>, <c>UseOffsetPaging</c>, <c>UseFiltering</c>, <c>UseSorting</c> or
    /// <c>UseProjection</c> gets its generated types and arguments.
    /// </summary>
    public static CodeFirstSchemaBuilder UseData(this CodeFirstSchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddSchemaCompletion(SchemaCompletionStage.Types, CompleteData);
    }

    /// <summary><see cref="UseData"/> and <see cref="CodeFirstSchemaBuilder.Build"/> in one call.</summary>
    /// <exception cref="SchemaBuildException">A definition is invalid, or a data field cannot be completed.</exception>
    public static Schema BuildWithData(this CodeFirstSchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseData().Build();
    }
}
