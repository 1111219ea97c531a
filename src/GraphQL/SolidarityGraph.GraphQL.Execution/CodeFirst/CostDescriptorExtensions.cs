using SolidarityGraph.GraphQL.Types.Directives;

namespace SolidarityGraph.GraphQL.CodeFirst;

/// <summary>
/// <c>@cost</c> and <c>@listSize</c> (IBM GraphQL Cost Directive specification) on code-first fields; the request
/// pipeline's cost analysis reads them (Pipeline.md, "Cost").
/// </summary>
public static class CostDescriptorExtensions
{
    /// <summary>Applies <c>@cost(weight:)</c>: what one call of the field costs, replacing the default weight of its type.</summary>
    public static IObjectFieldDescriptor Cost(this IObjectFieldDescriptor field, double weight) =>
        field.Directive(CostDirectives.CostNode(weight));

    /// <summary>
    /// Applies <c>@listSize</c>: how many items the list field returns, as an assumed size or read from slicing
    /// arguments (the largest given), optionally on fields of the returned object (<paramref name="sizedFields"/>).
    /// </summary>
    public static IObjectFieldDescriptor ListSize(
        this IObjectFieldDescriptor field,
        int? assumedSize = null,
        IReadOnlyList<string>? slicingArguments = null,
        IReadOnlyList<string>? sizedFields = null,
        bool requireOneSlicingArgument = true) =>
        field.Directive(CostDirectives.ListSizeNode(assumedSize, slicingArguments, sizedFields, requireOneSlicingArgument));
}
