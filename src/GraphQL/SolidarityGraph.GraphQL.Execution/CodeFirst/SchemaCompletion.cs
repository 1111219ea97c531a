using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.CodeFirst;

/// <summary>
/// When a schema-completion step runs inside <see cref="CodeFirstSchemaBuilder.Build"/>: after the code-first types
/// are assembled and validated, stage by stage in this order, steps of one stage in the order they were added.
/// </summary>
public enum SchemaCompletionStage
{
    /// <summary>Generated types and arguments for fields (connections, filters, sorting), e.g. <c>UseData()</c>.</summary>
    Types = 0,

    /// <summary>Rewrites of whole fields by convention, e.g. <c>UseMutationConventions(...)</c>.</summary>
    Conventions = 1,

    /// <summary>Checks over the finished schema that fail the build (e.g. no personal data without a policy).</summary>
    Checks = 2,

    /// <summary>Guards wrapped around resolvers, last so that they cover every generated field, e.g. <c>UseAuthorization()</c>.</summary>
    Authorization = 3,
}

/// <summary>One completion step: takes the schema built so far and returns the schema to continue with.</summary>
/// <param name="Stage">When the step runs.</param>
/// <param name="Complete">The step; it may return the same schema after changing its fields, or a new schema.</param>
internal sealed record SchemaCompletionStep(SchemaCompletionStage Stage, Func<Schema, Schema> Complete);
